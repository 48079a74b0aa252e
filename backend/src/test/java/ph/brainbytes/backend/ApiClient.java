package ph.brainbytes.backend;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Talks to a running backend over real HTTP, the way the frontend does. */
public final class ApiClient {

    private final RestClient http;

    public ApiClient(int port) {
        this.http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    public ResponseEntity<JsonNode> post(String path, String accessToken, Object body) {
        return post(path, accessToken, body, Map.of());
    }

    public ResponseEntity<JsonNode> post(String path, String accessToken, Object body, Map<String, String> headers) {
        return http.post()
                .uri(path)
                .headers(h -> {
                    if (accessToken != null) {
                        h.setBearerAuth(accessToken);
                    }
                    headers.forEach(h::add);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String path, String accessToken) {
        return http.get()
                .uri(path)
                .headers(h -> {
                    if (accessToken != null) {
                        h.setBearerAuth(accessToken);
                    }
                })
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** Fetches a page that is not JSON and reports only how it went. */
    public HttpStatusCode statusOf(String path) {
        return http.get().uri(path).retrieve().toBodilessEntity().getStatusCode();
    }

    /** Registers a new student with a unique address and signs in; returns the token pair. */
    public JsonNode newStudent(String preferredLanguage) {
        String email = "student-" + UUID.randomUUID() + "@example.ph";
        post(
                "/api/v1/auth/register",
                null,
                Map.of(
                        "email",
                        email,
                        "password",
                        "correct horse battery",
                        "displayName",
                        "Juan",
                        "gradeLevel",
                        7,
                        "preferredLanguage",
                        preferredLanguage));
        return login(email, "correct horse battery").getBody();
    }

    public ResponseEntity<JsonNode> login(String email, String password) {
        return post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }
}
