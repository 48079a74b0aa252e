package ph.brainbytes.backend;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service on PostgreSQL with one scripted ai-service shared by the feature ITs, so they share one Spring context.
 * Quotas are left at their defaults; tests that spend them set a class quota.
 */
public abstract class FeatureIntegrationTest extends PostgresIntegrationTest {

    protected static final FakeAiService AI = FakeAiService.start();

    @DynamicPropertySource
    static void aiService(DynamicPropertyRegistry registry) {
        registry.add("brainbytes.ai-service.url", AI::url);
        registry.add("brainbytes.ai-service.timeout", () -> "2s");
    }

    @AfterEach
    void scriptedAnswerAgain() {
        AI.answerWith(null);
        AI.respondWith(200);
    }

    /** Registers an account, gives it {@code role} in the database and signs it in, so its token carries the role. */
    protected Account account(String role) {
        String email = ApiClient.uniqueEmail(role.toLowerCase());
        Map<String, Object> registration = ApiClient.registration(email);
        registration.put("displayName", "Maria " + role);
        registration.put("gradeLevel", 8);
        JsonNode created = api.register(registration).getBody();
        UUID id = UUID.fromString(created.path("id").asString());
        jdbc.update("update users set role = ? where id = ?", role, id);
        String token = api.login(email, ApiClient.PASSWORD)
                .getBody()
                .path("accessToken")
                .asString();
        return new Account(id, token);
    }

    protected String newConversation(String token) {
        return api.post("/api/v1/conversations", token, Map.of("subject", "math"))
                .getBody()
                .path("id")
                .asString();
    }

    protected int storedQuestions(String conversationId) {
        return jdbc.queryForObject(
                "select count(*) from messages where conversation_id = ? and role = 'student'",
                Integer.class,
                UUID.fromString(conversationId));
    }

    public record Account(UUID id, String token) {}
}
