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

        assertThat(conversations.conversations())
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

        assertThat(conversations.conversations()).isEmpty();

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

        assertThat(conversations.conversations()).isEmpty();
        backend.verify();
    }

    @Test
    void aRefusedRefreshEndsTheBackendSession() {
        tokens.store(new BackendTokens("old", "r1", Instant.now().minusSeconds(5)));
        backend.expect(requestTo(BACKEND + "/api/v1/auth/refresh"))
                .andRespond(withStatus(HttpStatus.UNAUTHORIZED)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"type\":\"https://brainbytes.ph/problems/invalid-refresh-token\",\"status\":401}"));

        assertThatThrownBy(() -> conversations.conversations()).isInstanceOf(SessionExpiredException.class);
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
}
