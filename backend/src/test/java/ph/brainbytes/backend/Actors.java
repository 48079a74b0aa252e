package ph.brainbytes.backend;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Signed-in accounts of each role for integration tests; teachers and admins are promoted directly in the table. */
public final class Actors {

    private Actors() {}

    public record Actor(UUID id, String email, String role, String accessToken, String refreshToken) {}

    public static Actor signUp(ApiClient api, JdbcTemplate jdbc, String role) {
        String email = ApiClient.uniqueEmail(role.toLowerCase());
        Map<String, Object> body = ApiClient.registration(email);
        JsonNode account = api.register(body).getBody();
        UUID id = UUID.fromString(account.path("id").asString());
        if (!"STUDENT".equals(role)) {
            jdbc.update("update users set role = ? where id = ?", role, id);
        }
        JsonNode tokens = api.login(email, ApiClient.PASSWORD).getBody();
        return new Actor(
                id,
                email,
                role,
                tokens.path("accessToken").asString(),
                tokens.path("refreshToken").asString());
    }
}
