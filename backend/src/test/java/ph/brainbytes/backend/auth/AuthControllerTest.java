package ph.brainbytes.backend.auth;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.backend.privacy.Consents;
import ph.brainbytes.backend.user.PasswordPolicy;
import ph.brainbytes.common.problem.ApiException;
import ph.brainbytes.common.problem.ProblemAutoConfiguration;

@WebMvcTest(AuthController.class)
@ActiveProfiles("test")
@ApiSecurityTestConfig
@ImportAutoConfiguration(ProblemAutoConfiguration.class)
@Import({PasswordPolicy.class, Texts.class})
class AuthControllerTest {

    /** A valid adult sign-up but for its password. */
    private static final String ANA = """
            {"email": "ana@example.ph", "password": "%s", "displayName": "Ana",
             "birthYear": 1990, "consent": {"accepted": true}}""";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private AuthService auth;

    @MockitoBean
    private Consents consents;

    @BeforeEach
    void thisYearIs2026() {
        given(consents.currentYear()).willReturn(2026);
        given(consents.needsGuardian(anyInt())).willAnswer(call -> 2026 - (int) call.getArgument(0) < 19);
    }

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
                .andExpect(jsonPath("$.errors.preferredLanguage").exists())
                .andExpect(jsonPath("$.errors.birthYear").exists())
                .andExpect(jsonPath("$.errors.consent").exists());
    }

    @Test
    void consentMustBeAcceptedAndAMinorNamesAGuardian() throws Exception {
        post("/api/v1/auth/register", """
                        {"email": "ana@example.ph", "password": "correct horse battery", "displayName": "Ana",
                         "birthYear": 2012, "consent": {"accepted": false}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['consent.accepted']").value("Please read and accept the privacy notice."))
                .andExpect(jsonPath("$.errors['consent.guardianName']").exists())
                .andExpect(jsonPath("$.errors['consent.guardianEmail']").exists());
    }

    @Test
    void theGuardianRuleStartsAtNineteenYearsAndTheFutureIsRefused() throws Exception {
        String body = """
                {"email": "ana@example.ph", "password": "correct horse battery", "displayName": "Ana",
                 "birthYear": %d, "consent": {"accepted": true}}""";
        post("/api/v1/auth/register", body.formatted(2008))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['consent.guardianName']").exists());
        post("/api/v1/auth/register", body.formatted(2030))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.birthYear").exists());
        given(auth.register(any(), any())).willThrow(new ApiException(HttpStatus.CONFLICT, "email-taken", "taken"));
        // 19 this year counts as an adult, so the request passes validation and reaches the service.
        post("/api/v1/auth/register", body.formatted(2007)).andExpect(status().isConflict());
    }

    @Test
    void aCommonPasswordIsRefusedInTheRequestedLanguage() throws Exception {
        register("fil", MediaType.APPLICATION_JSON, ANA.formatted("PASSWORD1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password")
                        .value("Masyadong karaniwan ang password na ito o lumabas na ito sa isang data breach. "
                                + "Pumili ng iba."));
    }

    @Test
    void noFreeDatabaseConnectionIsABusy503WithRetryAfterNotAServerError() throws Exception {
        given(auth.register(any(), any()))
                .willThrow(new CannotCreateTransactionException("Connection is not available, request timed out"));
        register("fil", MediaType.APPLICATION_JSON, ANA.formatted("correct horse battery"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/busy"))
                .andExpect(jsonPath("$.title").value("Hindi magamit ang serbisyo sa ngayon"))
                .andExpect(jsonPath("$.detail").value(startsWith("Masyadong abala")));
    }

    @Test
    void aBodyTheEndpointDoesNotTakeIsAProblemInTheRequestedLanguage() throws Exception {
        register("fil", MediaType.TEXT_PLAIN, "ana@example.ph")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Hindi tinatanggap na uri ng nilalaman"))
                .andExpect(jsonPath("$.detail").value(startsWith("Hindi tumatanggap")));
        register("en", MediaType.APPLICATION_JSON, "{not json")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.detail").value("The request body could not be read."));
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
        given(auth.login(any(), any(), any()))
                .willThrow(new ApiException(HttpStatus.UNAUTHORIZED, "bad-credentials", "Wrong e-mail or password."));

        post("/api/v1/auth/login", """
                        {"email": "ana@example.ph", "password": "wrong password"}""")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/bad-credentials"));
    }

    @Test
    void loginAnswersWithATokenPair() throws Exception {
        given(auth.login("ana@example.ph", "correct horse", "127.0.0.1"))
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
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    /** A sign-up whose answers are asked for in {@code language}. */
    private ResultActions register(String language, MediaType type, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/register")
                .contentType(type)
                .header("Accept-Language", language)
                .content(body));
    }
}
