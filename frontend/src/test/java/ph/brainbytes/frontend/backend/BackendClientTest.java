package ph.brainbytes.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The backend client against a scripted backend: tokens, refresh and retry, error translation. */
class BackendClientTest {

    private static final String BACKEND = "http://backend.test";
    private static final String PAIR = """
            {"accessToken":"%s","refreshToken":"%s","tokenType":"Bearer","expiresIn":900}""";
    private static final String EMPTY_PAGE = "{\"items\":[],\"nextCursor\":null}";

    private MockRestServiceServer backend;
    private SessionTokens tokens;
    private AccountApi accounts;
    private ConversationApi conversations;
    private ProfileApi profiles;

    @BeforeEach
    void setUp() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        RestClient.Builder builder = RestClient.builder();
        backend = MockRestServiceServer.bindTo(builder).build();
        BackendHttp http = new BackendHttp(builder, new BackendProperties(URI.create(BACKEND)));
        tokens = new SessionTokens();
        AuthorizedCalls authorized = new AuthorizedCalls(http, tokens);
        accounts = new AccountApi(http, authorized, tokens);
        conversations =
                new ConversationApi(http, authorized, JsonMapper.builder().build());
        profiles = new ProfileApi(http, authorized);
    }

    @AfterEach
    void tearDown() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void loginKeepsTheTokensAndLaterCallsCarryTheAccessToken() {
        backend.expect(requestTo(BACKEND + "/api/v1/auth/login"))
                .andExpect(content().json("{\"email\":\"juan@example.ph\",\"password\":\"pw\"}"))
                .andRespond(withSuccess(PAIR.formatted("a1", "r1"), MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/conversations"))
                .andExpect(header("Authorization", "Bearer a1"))
                .andRespond(withSuccess("""
                        {"items":[{"id":"c-1","subject":"math","title":"Bigas",
                        "createdAt":"2026-11-25T04:00:00Z","updatedAt":"2026-11-25T04:01:00Z"}],"nextCursor":null}""", MediaType.APPLICATION_JSON));

        accounts.login("juan@example.ph", "pw");

        assertThat(conversations.conversations(null, null).items())
                .singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("Bigas"));
        backend.verify();
    }

    @Test
    void anExpiredAccessTokenIsRefreshedBeforeTheCall() {
        tokens.store(new BackendTokens("old", "r1", Instant.now().minusSeconds(5)));
        backend.expect(requestTo(BACKEND + "/api/v1/auth/refresh"))
                .andExpect(content().json("{\"refreshToken\":\"r1\"}"))
                .andRespond(withSuccess(PAIR.formatted("a2", "r2"), MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/conversations"))
                .andExpect(header("Authorization", "Bearer a2"))
                .andRespond(withSuccess(EMPTY_PAGE, MediaType.APPLICATION_JSON));

        assertThat(conversations.conversations(null, null).items()).isEmpty();

        assertThat(tokens.current())
                .get()
                .extracting(BackendTokens::refreshToken)
                .isEqualTo("r2");
        backend.verify();
    }

    @Test
    void a401IsAnsweredWithOneRefreshAndOneRetry() {
        tokens.store(new BackendTokens("revoked", "r1", Instant.now().plusSeconds(600)));
        backend.expect(requestTo(BACKEND + "/api/v1/conversations"))
                .andExpect(header("Authorization", "Bearer revoked"))
                .andRespond(withStatus(HttpStatus.UNAUTHORIZED));
        backend.expect(requestTo(BACKEND + "/api/v1/auth/refresh"))
                .andRespond(withSuccess(PAIR.formatted("a2", "r2"), MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/conversations"))
                .andExpect(header("Authorization", "Bearer a2"))
                .andRespond(withSuccess(EMPTY_PAGE, MediaType.APPLICATION_JSON));

        assertThat(conversations.conversations(null, null).items()).isEmpty();
        backend.verify();
    }

    @Test
    void aRefusedRefreshEndsTheBackendSession() {
        tokens.store(new BackendTokens("old", "r1", Instant.now().minusSeconds(5)));
        backend.expect(requestTo(BACKEND + "/api/v1/auth/refresh"))
                .andRespond(withStatus(HttpStatus.UNAUTHORIZED)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"type\":\"https://brainbytes.ph/problems/invalid-refresh-token\",\"status\":401}"));

        assertThatThrownBy(() -> conversations.conversations(null, null)).isInstanceOf(SessionExpiredException.class);
        assertThat(tokens.current()).isEmpty();
    }

    @Test
    void askingSendsTheIdempotencyKey() {
        tokens.store(new BackendTokens("a1", "r1", Instant.now().plusSeconds(600)));
        backend.expect(requestTo(BACKEND + "/api/v1/conversations/c-1/messages"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(header("Idempotency-Key", "k-1"))
                .andExpect(content().json("{\"text\":\"2+2?\",\"mode\":\"direct\"}"))
                .andRespond(withStatus(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("""
                                {"question":{"id":"q","text":"2+2?","createdAt":"2026-11-25T04:00:00Z"},
                                 "answer":{"id":"a","text":"4","language":"en","subject":"math","mode":"direct",
                                 "citations":[],"provider":"offline","safety":{"flagged":false,"category":null}}}"""));

        Exchange exchange = conversations.ask("c-1", "2+2?", "direct", "k-1");

        assertThat(exchange.answer().text()).isEqualTo("4");
        assertThat(exchange.answer().provider()).isEqualTo("offline");
    }

    @Test
    void askingWithoutAModeLeavesItToTheBackend() {
        tokens.store(new BackendTokens("a1", "r1", Instant.now().plusSeconds(600)));
        backend.expect(requestTo(BACKEND + "/api/v1/conversations/c-1/messages"))
                .andExpect(content().json("{\"text\":\"2+2?\"}", JsonCompareMode.STRICT))
                .andRespond(withStatus(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("""
                                {"question":{"id":"q","text":"2+2?","createdAt":"2026-11-25T04:00:00Z"},
                                 "answer":{"id":"a","text":"Ano ang 2 + 2?","language":"en","subject":"math",
                                 "mode":"socratic","citations":[],"provider":"offline",
                                 "safety":{"flagged":false,"category":null}}}"""));

        assertThat(conversations.ask("c-1", "2+2?", null, "k-1").answer().mode())
                .isEqualTo("socratic");
    }

    @Test
    void aValidationProblemKeepsItsTypeAndFields() {
        backend.expect(requestTo(BACKEND + "/api/v1/auth/register"))
                // the registration contract: birth year and a consent object with the guardian
                .andExpect(content().json("""
                        {"birthYear":2013,"consent":{"accepted":true,"guardianName":"Rosa","guardianEmail":"r@b.ph"}}"""))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"type":"https://brainbytes.ph/problems/validation","status":400,
                                 "errors":{"password":"size must be between 8 and 128"}}"""));

        assertThatThrownBy(() -> accounts.register(new Registration(
                        "a@b.ph",
                        "short",
                        "A",
                        null,
                        "en",
                        2013,
                        new Registration.Consent(true, "Rosa", "r@b.ph"),
                        null)))
                .isInstanceOfSatisfying(BackendProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.slug()).isEqualTo("validation");
                    assertThat(e.fieldErrors()).containsOnlyKeys("password");
                });
    }

    @Test
    void aFailingBackendIsUnavailableNotTheUsersFault() {
        backend.expect(requestTo(BACKEND + "/api/v1/auth/login")).andRespond(withServerError());

        assertThatThrownBy(() -> accounts.login("a@b.ph", "pw")).isInstanceOf(BackendUnavailableException.class);
    }

    @Test
    void logoutRevokesTheRefreshTokenAndForgetsTheTokens() {
        tokens.store(new BackendTokens("a1", "r1", Instant.now().plusSeconds(600)));
        backend.expect(requestTo(BACKEND + "/api/v1/auth/logout"))
                .andExpect(content().json("{\"refreshToken\":\"r1\"}"))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));

        accounts.logout();

        assertThat(tokens.current()).isEmpty();
        backend.verify();
    }

    @Test
    void aSearchIsEncodedWholeAndTheCursorComesBack() {
        tokens.store(new BackendTokens("a1", "r1", Instant.now().plusSeconds(600)));
        backend.expect(requestTo(BACKEND + "/api/v1/conversations?q=ni%C3%B1o%20%26%20bigas&cursor=c%2B1"))
                .andRespond(withSuccess("{\"items\":[],\"nextCursor\":\"c2\"}", MediaType.APPLICATION_JSON));

        assertThat(conversations.conversations(" niño & bigas ", "c+1").nextCursor())
                .isEqualTo("c2");
        backend.verify();
    }

    @Test
    void renameDeleteAndFeedbackUseTheirEndpoints() {
        tokens.store(new BackendTokens("a1", "r1", Instant.now().plusSeconds(600)));
        backend.expect(requestTo(BACKEND + "/api/v1/conversations/c-1"))
                .andExpect(method(HttpMethod.PATCH))
                .andExpect(content().json("{\"title\":\"Fractions\"}"))
                .andRespond(withSuccess("{\"id\":\"c-1\",\"title\":\"Fractions\"}", MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/conversations/c-1"))
                .andExpect(method(HttpMethod.DELETE))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        backend.expect(requestTo(BACKEND + "/api/v1/conversations/c-1/messages/a-1/feedback"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"helpful\":false,\"reason\":\"Too fast\"}", true))
                .andRespond(withSuccess(
                        "{\"answerId\":\"a-1\",\"helpful\":false,\"reason\":\"Too fast\"}",
                        MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/conversations/c-1/feedback"))
                .andRespond(withSuccess(
                        "{\"items\":[{\"answerId\":\"a-1\",\"helpful\":true,\"reason\":null}]}",
                        MediaType.APPLICATION_JSON));

        assertThat(conversations.rename("c-1", "Fractions").title()).isEqualTo("Fractions");
        conversations.delete("c-1");
        assertThat(conversations.giveFeedback("c-1", "a-1", false, " Too fast ").reason())
                .isEqualTo("Too fast");
        assertThat(conversations.feedback("c-1")).containsExactly(new Verdict("a-1", true, null));
        backend.verify();
    }

    @Test
    void theAccountCallsOfTheProfilePage() {
        tokens.store(new BackendTokens("a1", "r1", Instant.now().plusSeconds(600)));
        backend.expect(requestTo(BACKEND + "/api/v1/me"))
                .andExpect(method(HttpMethod.PATCH))
                .andExpect(content().json("{\"displayName\":\"Juan\",\"region\":\"NCR\"}"))
                .andRespond(withSuccess(
                        "{\"id\":\"u-1\",\"displayName\":\"Juan\",\"region\":\"NCR\",\"preferredMode\":\"direct\"}",
                        MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/me/password"))
                .andExpect(content().json("{\"currentPassword\":\"old\",\"newPassword\":\"new\"}"))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        backend.expect(requestTo(BACKEND + "/api/v1/me/avatar"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(header("Content-Type", org.hamcrest.Matchers.startsWith("multipart/form-data")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("filename=\"me.png\"")))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        backend.expect(requestTo(BACKEND + "/api/v1/me/avatar"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withStatus(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"type\":\"https://brainbytes.ph/problems/avatar-not-found\"}"));
        backend.expect(requestTo(BACKEND + "/api/v1/me/avatar"))
                .andExpect(method(HttpMethod.DELETE))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        backend.expect(requestTo(BACKEND + "/api/v1/me/export"))
                .andRespond(withSuccess("{\"profile\":{}}", MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/me"))
                .andExpect(method(HttpMethod.DELETE))
                .andExpect(content().json("{\"password\":\"pw\"}"))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));

        assertThat(profiles.update(new ProfileChange("Juan", null, "NCR", null, null))
                        .region())
                .isEqualTo("NCR");
        profiles.changePassword("old", "new");
        profiles.uploadAvatar(new byte[] {1, 2}, "me.png");
        assertThat(profiles.avatar()).isEmpty();
        profiles.deleteAvatar();
        assertThat(new String(profiles.export(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"profile\":{}}");
        profiles.deleteAccount("pw");
        backend.verify();
    }
}
