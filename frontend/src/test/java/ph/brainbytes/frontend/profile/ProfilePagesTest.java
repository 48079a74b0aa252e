package ph.brainbytes.frontend.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import ph.brainbytes.frontend.PageTestSupport;
import ph.brainbytes.frontend.backend.Avatar;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.Profile;
import ph.brainbytes.frontend.backend.ProfileChange;

class ProfilePagesTest extends PageTestSupport {

    private static final Profile JUAN_PROFILE =
            new Profile("u-1", "juan@example.ph", "Juan dela Cruz", "student", 8, "en", "REGION_VII", "socratic");

    @BeforeEach
    void profile() {
        when(accounts.me()).thenReturn(JUAN_PROFILE);
        when(profiles.avatar()).thenReturn(Optional.empty());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/profile")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/profile/export")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void showsTheProfileWithTranslatedRegionsAndTheNavigation() throws Exception {
        mvc.perform(get("/profile").with(student()).param("lang", "fil"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Juan dela Cruz\"")))
                .andExpect(content()
                        .string(containsString(
                                "<option value=\"REGION_VII\" selected=\"selected\">Gitnang Kabisayaan")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "id=\"preferredMode-socratic\" type=\"radio\" name=\"preferredMode\" value=\"socratic\" checked")))
                .andExpect(content().string(containsString("id=\"no-avatar\"")))
                .andExpect(content().string(containsString("id=\"nav-profile\" href=\"/profile\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void anAvatarIsShownLazilyAtAFixedSize() throws Exception {
        when(profiles.avatar()).thenReturn(Optional.of(new Avatar(new byte[] {1, 2, 3})));

        mvc.perform(get("/profile").with(student()))
                .andExpect(content().string(containsString("src=\"/profile/avatar\" width=\"96\" height=\"96\"")))
                .andExpect(content().string(containsString("loading=\"lazy\" decoding=\"async\"")))
                .andExpect(content().string(containsString("id=\"avatar-remove\"")));
        mvc.perform(get("/profile/avatar").with(student()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(new byte[] {1, 2, 3}));
    }

    @Test
    void noAvatarIsNotFound() throws Exception {
        mvc.perform(get("/profile/avatar").with(student())).andExpect(status().isNotFound());
    }

    @Test
    void savingSendsTheChangeUpdatesTheHeaderAndTheLanguage() throws Exception {
        Profile renamed = new Profile("u-1", "juan@example.ph", "Juan D.", "student", 9, "fil", "NCR", "direct");
        when(profiles.update(any())).thenReturn(renamed);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/profile")
                        .session(session)
                        .with(student())
                        .with(csrf())
                        .param("displayName", "  Juan D. ")
                        .param("gradeLevel", "9")
                        .param("region", "NCR")
                        .param("preferredLanguage", "fil")
                        .param("preferredMode", "direct"))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("notice", "profile.saved"))
                .andExpect(header().string("Set-Cookie", containsString("lang=fil")));
        verify(profiles).update(new ProfileChange("Juan D.", 9, "NCR", "fil", "direct"));
        mvc.perform(get("/profile").session(session))
                .andExpect(content().string(containsString("<span class=\"who\">Juan D.</span>")));
    }

    @Test
    void invalidFieldsAreMarkedAndNothingIsSent() throws Exception {
        mvc.perform(post("/profile")
                        .with(student())
                        .with(csrf())
                        .param("displayName", " ")
                        .param("gradeLevel", "siyam")
                        .param("region", "ATLANTIS")
                        .param("preferredLanguage", "de")
                        .param("preferredMode", "lecture"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please check the marked fields.")))
                .andExpect(content().string(containsString("id=\"displayName-error\"")))
                .andExpect(content().string(containsString("id=\"gradeLevel-error\"")))
                .andExpect(content().string(containsString("id=\"region-error\"")))
                .andExpect(content().string(containsString("id=\"preferredLanguage-error\"")))
                .andExpect(content().string(containsString("id=\"preferredMode-error\"")));
        verify(profiles, never()).update(any());
    }

    @Test
    void theBackendsRefusalIsShownPerField() throws Exception {
        when(profiles.update(any()))
                .thenThrow(new BackendProblemException(400, "validation", Map.of("displayName", "bad", "role", "x")));

        mvc.perform(post("/profile")
                        .with(student())
                        .with(csrf())
                        .param("displayName", "Juan")
                        .param("preferredLanguage", "en")
                        .param("preferredMode", "direct"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"displayName-error\"")))
                .andExpect(content().string(not(containsString("id=\"role-error\""))));
    }

    @Test
    void everyFormNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/profile").with(student()).param("displayName", "X")).andExpect(status().isForbidden());
        mvc.perform(post("/profile/password").with(student())).andExpect(status().isForbidden());
        mvc.perform(post("/profile/delete").with(student()).param("password", "pw"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/profile/avatar")
                        .file(new MockMultipartFile("file", new byte[] {1}))
                        .with(student()))
                .andExpect(status().isForbidden());
        verify(profiles, never()).deleteAccount(anyString());
    }

    @Test
    void anAvatarIsHandedOnAndTheBackendsRefusalsAreTranslated() throws Exception {
        MockMultipartFile picture = new MockMultipartFile("file", "me.png", "image/png", new byte[] {9, 9});

        mvc.perform(multipart("/profile/avatar").file(picture).with(student()).with(csrf()))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("notice", "profile.avatar.saved"));
        verify(profiles).uploadAvatar(new byte[] {9, 9}, "me.png");

        doThrow(new BackendProblemException(413, "avatar-too-large", Map.of()))
                .when(profiles)
                .uploadAvatar(any(), any());
        mvc.perform(multipart("/profile/avatar").file(picture).with(student()).with(csrf()))
                .andExpect(flash().attribute("avatarError", "profile.avatar.too-large"));

        doThrow(new BackendProblemException(400, "not-an-image", Map.of()))
                .when(profiles)
                .uploadAvatar(any(), any());
        MvcResult refused = mvc.perform(multipart("/profile/avatar")
                        .file(picture)
                        .with(student())
                        .with(csrf()))
                .andExpect(flash().attribute("avatarError", "profile.avatar.not-an-image"))
                .andReturn();
        mvc.perform(get("/profile")
                        .with(student())
                        .flashAttrs(refused.getFlashMap())
                        .param("lang", "fil"))
                .andExpect(content().string(containsString("Hindi namin magagamit ang file na iyan bilang larawan")));
    }

    @Test
    void anEmptyUploadIsNotSent() throws Exception {
        mvc.perform(multipart("/profile/avatar")
                        .file(new MockMultipartFile("file", new byte[0]))
                        .with(student())
                        .with(csrf()))
                .andExpect(flash().attribute("avatarError", "profile.avatar.missing"));
        verify(profiles, never()).uploadAvatar(any(), any());
    }

    @Test
    void theAvatarCanBeRemoved() throws Exception {
        mvc.perform(post("/profile/avatar/delete").with(student()).with(csrf()))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("notice", "profile.avatar.removed"));
        verify(profiles).deleteAvatar();
    }

    @Test
    void aNewPasswordSignsTheSessionInAgain() throws Exception {
        mvc.perform(post("/profile/password")
                        .with(student())
                        .with(csrf())
                        .param("currentPassword", "old-password-1")
                        .param("newPassword", "bagong-password-2026"))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("notice", "profile.password.changed"));
        verify(profiles).changePassword("old-password-1", "bagong-password-2026");
        verify(accounts).login("juan@example.ph", "bagong-password-2026");
    }

    @Test
    void aWrongOrWeakPasswordIsExplained() throws Exception {
        doThrow(new BackendProblemException(403, "wrong-password", Map.of()))
                .when(profiles)
                .changePassword(eq("wrong"), any());
        doThrow(new BackendProblemException(400, "validation", Map.of("newPassword", "breached")))
                .when(profiles)
                .changePassword(eq("right"), any());

        mvc.perform(post("/profile/password")
                        .with(student())
                        .with(csrf())
                        .param("currentPassword", "wrong")
                        .param("newPassword", "bagong-password-2026"))
                .andExpect(flash().attribute("passwordError", "profile.password.wrong"));
        mvc.perform(post("/profile/password")
                        .with(student())
                        .with(csrf())
                        .param("currentPassword", "right")
                        .param("newPassword", "password"))
                .andExpect(flash().attribute("passwordError", "profile.password.weak"));
        mvc.perform(post("/profile/password").with(student()).with(csrf()).param("currentPassword", "right"))
                .andExpect(flash().attribute("passwordError", "profile.password.missing"));
        verify(accounts, never()).login(anyString(), anyString());
    }

    @Test
    void myDataDownloadsAsAJsonFile() throws Exception {
        when(profiles.export()).thenReturn("{\"profile\":{}}".getBytes());

        mvc.perform(get("/profile/export").with(student()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"brainbytes-my-data.json\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().string("{\"profile\":{}}"));
    }

    @Test
    void deletingTheAccountAsksForThePasswordFirst() throws Exception {
        mvc.perform(get("/profile/delete").with(student()).param("lang", "fil"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hindi na ito maibabalik.")))
                .andExpect(content().string(containsString("id=\"delete-password\"")));

        doThrow(new BackendProblemException(403, "wrong-password", Map.of()))
                .when(profiles)
                .deleteAccount("wrong");
        mvc.perform(post("/profile/delete").with(student()).with(csrf()).param("password", "wrong"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("That password is not right. Your account was not deleted.")));
        mvc.perform(post("/profile/delete").with(student()).with(csrf()))
                .andExpect(content().string(containsString("Type your password to confirm.")));
        verify(profiles, never()).deleteAccount("");
    }

    @Test
    void aDeletedAccountIsSignedOutWithAMessage() throws Exception {
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/profile/delete")
                        .session(session)
                        .with(student())
                        .with(csrf())
                        .param("password", "mahabang-password-2026"))
                .andExpect(redirectedUrl("/login?deleted"));
        verify(profiles).deleteAccount("mahabang-password-2026");
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/login").param("deleted", "").param("lang", "fil"))
                .andExpect(content().string(containsString("Nabura na ang iyong account")));
    }
}
