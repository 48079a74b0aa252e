package ph.brainbytes.frontend.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MvcResult;
import ph.brainbytes.frontend.PageTestSupport;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.Profile;
import ph.brainbytes.frontend.backend.Registration;

class SignupPageTest extends PageTestSupport {

    @Test
    void rendersInEnglishByDefaultWithLabelledFields() throws Exception {
        mvc.perform(get("/signup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Create your account")))
                .andExpect(content().string(containsString("<label for=\"displayName\">")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void rendersInFilipinoWhenAskedAndRemembersTheChoice() throws Exception {
        MvcResult result = mvc.perform(get("/signup").param("lang", "fil"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"fil\">")))
                .andExpect(content().string(containsString("Gumawa ng iyong account")))
                .andReturn();
        assertThat(result.getResponse().getCookie("lang").getValue()).isEqualTo("fil");
    }

    @Test
    void registersThenSignsInAndOpensTheChat() throws Exception {
        when(accounts.me())
                .thenReturn(new Profile("u-9", "maria@example.ph", "Maria", "student", 7, "fil", null, null));

        MvcResult result = mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", " maria@example.ph ")
                        .param("password", "mahabang-password")
                        .param("displayName", "Maria")
                        .param("gradeLevel", "7")
                        .param("preferredLanguage", "fil")
                        .param("birthYear", "1990")
                        .param("consent", "true")
                        .param("guardianName", "ignored for adults"))
                .andExpect(redirectedUrl("/chat"))
                .andReturn();

        ArgumentCaptor<Registration> sent = ArgumentCaptor.forClass(Registration.class);
        verify(accounts).register(sent.capture());
        assertThat(sent.getValue())
                .isEqualTo(new Registration(
                        "maria@example.ph",
                        "mahabang-password",
                        "Maria",
                        7,
                        "fil",
                        1990,
                        new Registration.Consent(true, null, null),
                        null));
        verify(accounts).login("maria@example.ph", "mahabang-password");
        SecurityContext context =
                (SecurityContext) ((MockHttpSession) result.getRequest().getSession())
                        .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getPrincipal())
                .isEqualTo(new SignedInUser("u-9", "maria@example.ph", "Maria", "fil"));
        assertThat(result.getResponse().getCookie("lang").getValue()).isEqualTo("fil");
    }

    @Test
    void aTakenEmailIsExplainedInTheCurrentLanguage() throws Exception {
        doThrow(new BackendProblemException(409, "email-taken", Map.of()))
                .when(accounts)
                .register(any());

        mvc.perform(post("/signup")
                        .with(csrf())
                        .cookie(new Cookie("lang", "fil"))
                        .param("email", "juan@example.ph")
                        .param("password", "mahabang-password")
                        .param("displayName", "Juan")
                        .param("birthYear", "1995")
                        .param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nakarehistro na ang email na ito.")))
                .andExpect(content().string(containsString("value=\"juan@example.ph\"")))
                .andExpect(content().string(not(containsString("mahabang-password"))));
        verify(accounts, never()).login(any(), any());
    }

    @Test
    void fieldErrorsFromTheBackendAreShownNextToTheirFields() throws Exception {
        doThrow(new BackendProblemException(400, "validation", Map.of("password", "size must be between 8 and 128")))
                .when(accounts)
                .register(any());

        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", "juan@example.ph")
                        .param("password", "short")
                        .param("displayName", "Juan")
                        .param("birthYear", "1995")
                        .param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"password-error\"")))
                .andExpect(content().string(containsString("Use a password of at least 8 characters.")))
                .andExpect(content().string(not(containsString("size must be between"))));
    }

    @Test
    void aMinorSendsTheGuardianWithTheConsent() throws Exception {
        when(accounts.me()).thenReturn(new Profile("u-7", "ana@example.ph", "Ana", "student", 6, "en", null, null));
        int minorsBirthYear = Year.now().getValue() - 12;

        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", "ana@example.ph")
                        .param("password", "mahabang-password")
                        .param("displayName", "Ana")
                        .param("birthYear", String.valueOf(minorsBirthYear))
                        .param("consent", "true")
                        .param("guardianName", " Rosa Santos ")
                        .param("guardianEmail", "rosa@example.ph"))
                .andExpect(redirectedUrl("/chat"));

        ArgumentCaptor<Registration> sent = ArgumentCaptor.forClass(Registration.class);
        verify(accounts).register(sent.capture());
        assertThat(sent.getValue().birthYear()).isEqualTo(minorsBirthYear);
        assertThat(sent.getValue().consent())
                .isEqualTo(new Registration.Consent(true, "Rosa Santos", "rosa@example.ph"));
    }

    @Test
    void aMinorWithoutGuardianOrConsentIsToldWhatIsMissingInFilipino() throws Exception {
        mvc.perform(post("/signup")
                        .with(csrf())
                        .cookie(new Cookie("lang", "fil"))
                        .param("email", "ana@example.ph")
                        .param("password", "mahabang-password")
                        .param("displayName", "Ana")
                        .param("birthYear", String.valueOf(Year.now().getValue() - 12))
                        .param("guardianEmail", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"guardianName-error\"")))
                .andExpect(content().string(containsString("Maglagay ng wastong email ng iyong magulang")))
                .andExpect(content().string(containsString("lagyan ng tsek ang kahon")))
                .andExpect(content().string(not(containsString("mahabang-password"))));
        verify(accounts, never()).register(any());
    }

    @Test
    void aBirthYearThatIsNotANumberIsAFieldErrorNotAServerError() throws Exception {
        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", "ana@example.ph")
                        .param("password", "mahabang-password")
                        .param("displayName", "Ana")
                        .param("birthYear", "two thousand")
                        .param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the year you were born")));
        verify(accounts, never()).register(any());
    }

    @Test
    void thePrivacyNoticeNamesTheLawInBothLanguages() throws Exception {
        mvc.perform(get("/signup"))
                .andExpect(content().string(containsString("Republic Act No. 10173")))
                .andExpect(content().string(containsString("id=\"consent\"")));
        mvc.perform(get("/signup").param("lang", "fil"))
                .andExpect(content().string(containsString("Batas Republika Blg. 10173")));
    }

    @Test
    void signupWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/signup").param("email", "juan@example.ph")).andExpect(status().isForbidden());
        verify(accounts, never()).register(any());
    }
}
