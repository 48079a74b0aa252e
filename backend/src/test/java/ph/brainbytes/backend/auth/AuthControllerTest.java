package ph.brainbytes.backend.auth;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ph.brainbytes.common.problem.ApiException;
import ph.brainbytes.common.problem.ProblemAutoConfiguration;

@WebMvcTest(AuthController.class)
@ActiveProfiles("test")
@ApiSecurityTestConfig
@ImportAutoConfiguration(ProblemAutoConfiguration.class)
class AuthControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private AuthService auth;

    @Test
    void registrationNamesEveryInvalidField() throws Exception {
        post("/api/v1/auth/register", """
                        {"email": "not-an-email", "password": "short", "displayName": "",
                         "gradeLevel": 14, "preferredLanguage": "es"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/validation"))
                .andExpect(jsonPath("$.errors.email").exists())
                .andExpect(jsonPath("$.errors.password").exists())
                .andExpect(jsonPath("$.errors.displayName").exists())
                .andExpect(jsonPath("$.errors.gradeLevel").exists())
                .andExpect(jsonPath("$.errors.preferredLanguage").exists());
    }

    @Test
    void aPasswordLongerThan128CharactersIsRefused() throws Exception {
        String longPassword = "p".repeat(129);
        post("/api/v1/auth/register", """
                        {"email": "ana@example.ph", "password": "%s", "displayName": "Ana"}""".formatted(longPassword))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password").exists());
    }

    @Test
    void aMalformedBodyIsABadRequestNotAServerError() throws Exception {
        post("/api/v1/auth/login", "{\"email\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void wrongCredentialsAreAProblemWithAStableType() throws Exception {
        given(auth.login(any(), any()))
                .willThrow(new ApiException(HttpStatus.UNAUTHORIZED, "bad-credentials", "Wrong e-mail or password."));

        post("/api/v1/auth/login", """
                        {"email": "ana@example.ph", "password": "wrong password"}""")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/bad-credentials"));
    }

    @Test
    void loginAnswersWithATokenPair() throws Exception {
        given(auth.login("ana@example.ph", "correct horse"))
                .willReturn(new AuthService.TokenPair("access", "refresh", "Bearer", 900));

        post("/api/v1/auth/login", """
                        {"email": "ana@example.ph", "password": "correct horse"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accessToken").value("access"))
                .andExpect(jsonPath("$.refreshToken").value("refresh"))
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresIn").value(900));
    }

    @Test
    void logoutNeedsNoAccessTokenAndSaysNothing() throws Exception {
        post("/api/v1/auth/logout", "{\"refreshToken\": \"abc\"}").andExpect(status().isNoContent());

        verify(auth).logout("abc");
    }

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
