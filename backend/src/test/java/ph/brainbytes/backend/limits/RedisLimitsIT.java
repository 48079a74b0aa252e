package ph.brainbytes.backend.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * Two backend instances share one real Redis (127.0.0.1:6379) through a TCP proxy the test can cut, so a quota spent
 * on one instance is seen by the other, and a Redis outage degrades to local limits instead of failing requests.
 */
class RedisLimitsIT {

    private static final int PER_MINUTE = 3;
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

    @Test
    void aQuotaSpentOnOneInstanceIsSeenByTheOther() {
        ApiClient a = client(first);
        ApiClient b = client(second);
        String token = a.newStudent("en").path("accessToken").asString();
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
        String token = a.newStudent("fil").path("accessToken").asString();
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
                        "--brainbytes.limits.questions.per-minute=" + PER_MINUTE);
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
        String scraped =
                management(context).get().uri("/actuator/prometheus").retrieve().body(String.class);
        return scraped.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
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
