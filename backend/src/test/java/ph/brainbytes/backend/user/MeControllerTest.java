package ph.brainbytes.backend.user;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import ph.brainbytes.backend.auth.ApiSecurityTestConfig;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.common.problem.ProblemAutoConfiguration;

@WebMvcTest(MeController.class)
@ActiveProfiles("test")
@ApiSecurityTestConfig
@ImportAutoConfiguration(ProblemAutoConfiguration.class)
@Import(Texts.class)
class MeControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Users users;

    @Test
    void showsTheProfileWithoutThePasswordHash() throws Exception {
        User ana = new User(
                "ana@example.ph", "{pbkdf2}secret-hash", "Ana", 7, "fil", Instant.parse("2026-06-01T08:00:00Z"));
        given(users.findById(ana.getId())).willReturn(Optional.of(ana));

        mvc.perform(get("/api/v1/me")
                        .with(jwt().jwt(token -> token.subject(ana.getId().toString()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ana.getId().toString()))
                .andExpect(jsonPath("$.email").value("ana@example.ph"))
                .andExpect(jsonPath("$.displayName").value("Ana"))
                .andExpect(jsonPath("$.role").value("STUDENT"))
                .andExpect(jsonPath("$.gradeLevel").value(7))
                .andExpect(jsonPath("$.preferredLanguage").value("fil"))
                .andExpect(jsonPath("$.createdAt").value("2026-06-01T08:00:00Z"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void aProfileChangeIsValidatedFieldByField() throws Exception {
        mvc.perform(patch("/api/v1/me")
                        .with(jwt().jwt(token -> token.subject(UUID.randomUUID().toString())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName": "Ana\u202Egnp.exe", "gradeLevel": 0, "preferredLanguage": "es",
                                 "preferredMode": "lecture"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.displayName").exists())
                .andExpect(jsonPath("$.errors.gradeLevel").exists())
                .andExpect(jsonPath("$.errors.preferredLanguage").exists())
                .andExpect(jsonPath("$.errors.preferredMode").exists());
        mvc.perform(patch("/api/v1/me")
                        .with(jwt().jwt(token -> token.subject(UUID.randomUUID().toString())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\": \"ATLANTIS\"}"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(users);
    }

    @Test
    void onlyTheProfileFieldsReachTheServiceAndTheRegionIsNamedInTheRequestedLanguage() throws Exception {
        User ana = new User("ana@example.ph", "hash", "Ana", 7, "fil", Instant.parse("2026-06-01T08:00:00Z"));
        ana.update(new ProfileChange("Ana Reyes", 8, Region.REGION_VII, "fil", "socratic"));
        given(users.update(eq(ana.getId()), any())).willReturn(ana);

        mvc.perform(patch("/api/v1/me")
                        .with(jwt().jwt(token -> token.subject(ana.getId().toString())))
                        .header("Accept-Language", "fil")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName": "Ana Reyes 🌻", "region": "REGION_VII", "preferredMode": "socratic",
                                 "role": "ADMIN", "email": "mallory@example.ph", "id": "%s"}""".formatted(UUID.randomUUID())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("STUDENT"))
                .andExpect(jsonPath("$.region").value("REGION_VII"))
                .andExpect(jsonPath("$.regionName").value("Gitnang Kabisayaan"));
        verify(users).update(ana.getId(), new ProfileChange("Ana Reyes 🌻", null, Region.REGION_VII, null, "socratic"));
    }

    @Test
    void needsAToken() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Accept-Language", "fil"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/unauthorized"))
                .andExpect(jsonPath("$.title").value("Hindi naka-sign in"))
                .andExpect(jsonPath("$.detail").value("Mag-sign in muna: kailangan ng wastong access token."));
    }
}
