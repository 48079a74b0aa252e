package ph.brainbytes.backend.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import ph.brainbytes.backend.ApiClient;
import ph.brainbytes.backend.BackendApplication;
import ph.brainbytes.backend.FakeAiService;
import ph.brainbytes.backend.PostgresDatabase;
import tools.jackson.databind.JsonNode;

/**
 * Two backend instances share one real Redis (127.0.0.1:6379) through a TCP proxy the test can cut, so a quota spent,
 * a password guessed or an account signed up on one instance is seen by the other, and a Redis outage degrades to
 * local limits instead of failing requests.
 */
class RedisLimitsIT {

    private static final int PER_MINUTE = 3;
    private static final int REGISTRATIONS_PER_ADDRESS = 3;
    private static final String LOGIN = "/api/v1/auth/login";
    private static final String REGISTER = "/api/v1/auth/register";
    private static final FakeAiService AI = FakeAiService.start();
    private static final TcpProxy REDIS = new TcpProxy("127.0.0.1", 6379);

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        PostgresDatabase.createIfMissing();
        String keyPrefix = "brainbytes-it-classes:" + UUID.randomUUID() + ":";
        first = instance(keyPrefix);
        second = instance(keyPrefix);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        REDIS.close();
    }

    /** A test that cut Redis leaves an instance reconnecting; each test starts with both back on Redis. */
    @BeforeEach
    void bothInstancesOnRedis() throws InterruptedException {
        assertThat(storeAfterAFailedLogin(first)).isEqualTo("redis");
        assertThat(storeAfterAFailedLogin(second)).isEqualTo("redis");
    }

    @Test
    void aQuotaSpentOnOneInstanceIsSeenByTheOther() {
        ApiClient a = client(first);
        ApiClient b = client(second);
        String token = student(a, "en");
        String messages = "/api/v1/conversations/" + conversation(a, token) + "/messages";

        assertThat(a.post(messages, token, Map.of("text", "1 + 1?")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(b.post(messages, token, Map.of("text", "2 + 2?")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(a.post(messages, token, Map.of("text", "3 + 3?")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> refused = b.post(messages, token, Map.of("text", "4 + 4?"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(refused.getHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void whenRedisGoesAwayRequestsStillSucceedOnLocalLimitsAndReturnToRedisAfterwards() throws Exception {
        ApiClient a = client(first);
        String token = student(a, "fil");
        String messages = "/api/v1/conversations/" + conversation(a, token) + "/messages";
        assertThat(storeAfterAsking(a, messages, token)).isEqualTo("redis");
        double fallbacksBefore = metric(first, "brainbytes_limits_fallbacks_total");

        REDIS.close();
        try {
            ResponseEntity<JsonNode> duringOutage = a.post(messages, token, Map.of("text", "Ano ang 6 + 6?"));
            assertThat(duringOutage.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(limitsHealth(first).path("store").asString()).isEqualTo("memory-fallback");
            assertThat(health(first).path("status").asString()).isEqualTo("UP");
            assertThat(metric(first, "brainbytes_limits_redis_available")).isZero();
            assertThat(metric(first, "brainbytes_limits_fallbacks_total")).isGreaterThan(fallbacksBefore);
        } finally {
            REDIS.open();
        }

        assertThat(storeAfterAsking(a, messages, token)).as("back on Redis").isEqualTo("redis");
        assertThat(metric(first, "brainbytes_limits_redis_available")).isEqualTo(1.0);
    }

    @Test
    void wrongPasswordsOnOneInstancePauseTheAccountOnTheOther() {
        ApiClient a = client(first);
        ApiClient b = client(second);
        String email = signUp(a, "ana");
        double throttledBefore = metric(second, "brainbytes_auth_logins_total", "outcome=\"throttled\"");

        for (int i = 0; i < 5; i++) {
            assertThat(a.login(email, "guess number " + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<JsonNode> paused = b.login(email, ApiClient.PASSWORD);

        assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(paused.getBody().path("type").asString())
                .isEqualTo("https://brainbytes.ph/problems/too-many-requests");
        assertThat(Long.parseLong(paused.getHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
        assertThat(metric(second, "brainbytes_auth_logins_total", "outcome=\"throttled\""))
                .isEqualTo(throttledBefore + 1);
        assertThat(b.login(signUp(b, "ben"), ApiClient.PASSWORD).getStatusCode())
                .as("another account is not paused")
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void signUpsFromOneAddressAreCountedOnEveryInstance() {
        ApiClient a = client(first);
        ApiClient b = client(second);
        Map<String, String> school = forwardedFor(newAddress());
        for (int i = 0; i < REGISTRATIONS_PER_ADDRESS; i++) {
            ApiClient instance = i % 2 == 0 ? a : b;
            assertThat(instance.post(REGISTER, null, ApiClient.registration(ApiClient.uniqueEmail("pupil")), school)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }

        ResponseEntity<JsonNode> refused =
                b.post(REGISTER, null, ApiClient.registration(ApiClient.uniqueEmail("pupil")), school);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(refused.getHeaders().getFirst("Retry-After"))).isBetween(3000L, 3600L);
        assertThat(a.post(
                                REGISTER,
                                null,
                                ApiClient.registration(ApiClient.uniqueEmail("pupil")),
                                forwardedFor(newAddress()))
                        .getStatusCode())
                .as("another address")
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void whileRedisIsAwayEachInstanceStillPausesGuessingOnItsOwn() {
        ApiClient a = client(first);
        ApiClient b = client(second);
        String email = signUp(a, "cora");

        REDIS.close();
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(a.login(email, "guess number " + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            }
            assertThat(a.login(email, ApiClient.PASSWORD).getStatusCode())
                    .as("counted in the first instance's memory")
                    .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(b.login(email, ApiClient.PASSWORD).getStatusCode())
                    .as("the second instance counts on its own until Redis is back")
                    .isEqualTo(HttpStatus.OK);
            assertThat(limitsHealth(first).path("store").asString()).isEqualTo("memory-fallback");
            assertThat(health(first).path("status").asString()).isEqualTo("UP");
        } finally {
            REDIS.open();
        }
    }

    /** Signs up from an address of its own (so the per-address limit above is not spent) and returns the e-mail. */
    private static String signUp(ApiClient api, String name) {
        String email = ApiClient.uniqueEmail(name);
        assertThat(api.post(REGISTER, null, ApiClient.registration(email), forwardedFor(newAddress()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        return email;
    }

    private static String student(ApiClient api, String language) {
        String email = ApiClient.uniqueEmail("student");
        Map<String, Object> body = ApiClient.registration(email);
        body.put("preferredLanguage", language);
        assertThat(api.post(REGISTER, null, body, forwardedFor(newAddress())).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        return api.login(email, ApiClient.PASSWORD)
                .getBody()
                .path("accessToken")
                .asString();
    }

    /** The backend trusts X-Forwarded-For from loopback (Tomcat's RemoteIpValve), as it does from nginx. */
    private static Map<String, String> forwardedFor(String address) {
        return Map.of("X-Forwarded-For", address);
    }

    /** A documentation address (RFC 3849) no other test run uses. */
    private static String newAddress() {
        UUID random = UUID.randomUUID();
        return "2001:db8:%x:%x::1"
                .formatted(random.getMostSignificantBits() & 0xffff, random.getLeastSignificantBits() & 0xffff);
    }

    /** Fails a sign-in (touching the limits store) until the store says Redis, at most about 10 seconds. */
    private static String storeAfterAFailedLogin(ConfigurableApplicationContext context) throws InterruptedException {
        ApiClient api = client(context);
        String store = "";
        for (int attempt = 0; attempt < 20 && !store.equals("redis"); attempt++) {
            api.post(LOGIN, null, Map.of("email", ApiClient.uniqueEmail("nobody"), "password", "x"));
            store = limitsHealth(context).path("store").asString();
            if (!store.equals("redis")) {
                Thread.sleep(500);
            }
        }
        return store;
    }

    /** Asks until the limits store says Redis (reconnecting takes Lettuce a moment), at most about 10 seconds. */
    private static String storeAfterAsking(ApiClient api, String messages, String token) throws InterruptedException {
        String store = "";
        for (int attempt = 0; attempt < 20 && !store.equals("redis"); attempt++) {
            // Spending the small quota is fine here: a 429 also means the limiter answered.
            assertThat(api.post(messages, token, Map.of("text", "Ano ang 7 + 7?"))
                            .getStatusCode())
                    .isIn(HttpStatus.CREATED, HttpStatus.TOO_MANY_REQUESTS);
            store = limitsHealth(first).path("store").asString();
            Thread.sleep(500);
        }
        return store;
    }

    private static ConfigurableApplicationContext instance(String keyPrefix) {
        return new SpringApplicationBuilder(BackendApplication.class)
                .profiles("test", "postgres")
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + PostgresDatabase.URL,
                        "--spring.datasource.username=" + PostgresDatabase.USER,
                        "--brainbytes.ai-service.url=" + AI.url(),
                        "--brainbytes.limits.redis.url=redis://127.0.0.1:" + REDIS.port(),
                        "--brainbytes.limits.redis.key-prefix=" + keyPrefix,
                        "--brainbytes.limits.redis.retry-interval=200ms",
                        "--brainbytes.limits.questions.per-minute=" + PER_MINUTE,
                        "--brainbytes.limits.registrations-per-address=" + REGISTRATIONS_PER_ADDRESS);
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        return new ApiClient(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static String conversation(ApiClient api, String token) {
        return api.post("/api/v1/conversations", token, Map.of())
                .getBody()
                .path("id")
                .asString();
    }

    private static JsonNode health(ConfigurableApplicationContext context) {
        return management(context).get().uri("/actuator/health").retrieve().body(JsonNode.class);
    }

    private static JsonNode limitsHealth(ConfigurableApplicationContext context) {
        return health(context).path("components").path("limits").path("details");
    }

    private static double metric(ConfigurableApplicationContext context, String name) {
        return metric(context, name, "");
    }

    /** The sum of the series of {@code name} whose line holds {@code label} (e.g. {@code outcome="throttled"}). */
    private static double metric(ConfigurableApplicationContext context, String name, String label) {
        String scraped =
                management(context).get().uri("/actuator/prometheus").retrieve().body(String.class);
        return scraped.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static RestClient management(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.management.port");
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }
}
