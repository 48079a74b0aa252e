package ph.brainbytes.backend;

import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running backend over real HTTP, the way the frontend does. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    /** GET with one query parameter, encoded strictly (so %, _, + and quotes arrive as typed). */
    public ResponseEntity<JsonNode> get(String path, String accessToken, String parameter, String value) {
        return http.get()
                .uri(builder ->
                        builder.path(path).queryParam(parameter, "{value}").build(value))
                .headers(h -> {
                    if (accessToken != null) {
                        h.setBearerAuth(accessToken);
                    }
                })
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** Any method with a raw body, for requests a well-behaved client would never send. */
    public ResponseEntity<JsonNode> send(HttpMethod method, String path, String accessToken, String rawJson) {
        return http.method(method)
                .uri(path)
                .headers(h -> {
                    if (accessToken != null) {
                        h.setBearerAuth(accessToken);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(rawJson == null ? "" : rawJson)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** A multipart form with text fields and one {@code file} part, as a browser sends an upload. */
    public ResponseEntity<JsonNode> upload(
            String path, String accessToken, Map<String, ?> fields, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        fields.forEach((name, value) -> parts.add(name, String.valueOf(value)));
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.post()
                .uri(path)
                .headers(h -> {
                    if (accessToken != null) {
                        h.setBearerAuth(accessToken);
                    }
                })
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** GET whatever the answer is (a file, say), as raw bytes with its headers. */
    public ResponseEntity<byte[]> download(String path, String accessToken) {
        return http.get()
                .uri(path)
                .headers(h -> {
                    if (accessToken != null) {
                        h.setBearerAuth(accessToken);
                    }
                })
                .retrieve()
                .toEntity(byte[].class);
    }

    /** Like {@link #send} but reads no body, for answers that need not be JSON. */
    public HttpStatusCode statusOf(HttpMethod method, String path, String accessToken, String rawJson) {
        return http.method(method)
                .uri(path)
                .headers(h -> {
                    if (accessToken != null) {
                        h.setBearerAuth(accessToken);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(rawJson == null ? "" : rawJson)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode();
    }

    public ResponseEntity<JsonNode> put(String path, String accessToken, Object body) {
        return send(HttpMethod.PUT, path, accessToken, JSON.writeValueAsString(body));
    }

    public ResponseEntity<JsonNode> patch(String path, String accessToken, Object body) {
        return send(HttpMethod.PATCH, path, accessToken, JSON.writeValueAsString(body));
    }

    public ResponseEntity<JsonNode> delete(String path, String accessToken) {
        return http.delete()
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
