package ph.brainbytes.backend;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Talks to a running backend over real HTTP, the way the frontend does. */
public final class ApiClient {

    /** A password that passes the policy; test accounts share it. */
    public static final String PASSWORD = "correct horse battery";

    /** An adult's birth year, so no guardian is needed. */
    public static final int ADULT_BIRTH_YEAR = 1990;

    private final RestClient http;
    private final int port;

    public ApiClient(int port) {
        this.port = port;
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
                    bearer(h, accessToken);
                    headers.forEach(h::add);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /**
     * Any method with {@code body} written as JSON, or none when it is null; a {@code byte[]} goes out as given, for
     * JSON a well-behaved client would never send.
     */
    public ResponseEntity<JsonNode> send(HttpMethod method, String path, String accessToken, Object body) {
        return request(method, path, accessToken, body).retrieve().toEntity(JsonNode.class);
    }

    /** Like {@link #send}, but only the status, whatever the answer's type (JSON, an image, an event stream). */
    public HttpStatusCode status(HttpMethod method, String path, String accessToken, Object body) {
        return request(method, path, accessToken, body)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode();
    }

    private RestClient.RequestBodySpec request(HttpMethod method, String path, String accessToken, Object body) {
        RestClient.RequestBodySpec request = http.method(method).uri(path).headers(h -> bearer(h, accessToken));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request;
    }

    /**
     * Sends {@code raw} (or nothing when null) as {@code type} to {@code path}, both exactly as given, neither
     * re-encoded nor checked: for paths and bodies a well-behaved client would never send. The answer stays text, as
     * it need not be JSON.
     */
    public ResponseEntity<String> sendRaw(
            HttpMethod method, String path, String accessToken, MediaType type, byte[] raw) {
        RestClient.RequestBodySpec request = http.method(method)
                .uri(URI.create("http://localhost:" + port + path))
                .headers(h -> bearer(h, accessToken));
        if (raw != null) {
            request.contentType(type).body(raw);
        }
        return request.retrieve().toEntity(String.class);
    }

    /** Uploads {@code content} as the multipart part {@code file}. */
    public ResponseEntity<JsonNode> upload(String path, String accessToken, String filename, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return http.put()
                .uri(path)
                .headers(h -> bearer(h, accessToken))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** GET whatever the answer is (an image, a file), as raw bytes with its headers. */
    public ResponseEntity<byte[]> getBytes(String path, String accessToken) {
        return http.get()
                .uri(path)
                .headers(h -> bearer(h, accessToken))
                .retrieve()
                .toEntity(byte[].class);
    }

    public ResponseEntity<JsonNode> get(String path, String accessToken) {
        return http.get()
                .uri(path)
                .headers(h -> bearer(h, accessToken))
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** GET with one query parameter, encoded strictly (so %, _, + and quotes arrive as typed). */
    public ResponseEntity<JsonNode> get(String path, String accessToken, String parameter, String value) {
        return http.get()
                .uri(builder ->
                        builder.path(path).queryParam(parameter, "{value}").build(value))
                .headers(h -> bearer(h, accessToken))
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
                .headers(h -> bearer(h, accessToken))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> put(String path, String accessToken, Object body) {
        return send(HttpMethod.PUT, path, accessToken, body);
    }

    public ResponseEntity<JsonNode> patch(String path, String accessToken, Object body) {
        return send(HttpMethod.PATCH, path, accessToken, body);
    }

    public ResponseEntity<JsonNode> delete(String path, String accessToken) {
        return http.delete()
                .uri(path)
                .headers(h -> bearer(h, accessToken))
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** A complete sign-up body for an adult, consent given; tests change what they need. */
    public static Map<String, Object> registration(String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", PASSWORD);
        body.put("displayName", "Juan");
        body.put("gradeLevel", 7);
        body.put("preferredLanguage", "en");
        body.put("birthYear", ADULT_BIRTH_YEAR);
        body.put("consent", Map.of("accepted", true));
        return body;
    }

    public ResponseEntity<JsonNode> register(Map<String, Object> body) {
        return post("/api/v1/auth/register", null, body);
    }

    /** Registers a new student with a unique address and signs in; returns the token pair. */
    public JsonNode newStudent(String preferredLanguage) {
        String email = uniqueEmail("student");
        Map<String, Object> body = registration(email);
        body.put("preferredLanguage", preferredLanguage);
        register(body);
        return login(email, PASSWORD).getBody();
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.ph";
    }

    public ResponseEntity<JsonNode> login(String email, String password) {
        return post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    private static void bearer(HttpHeaders headers, String accessToken) {
        if (accessToken != null) {
            headers.setBearerAuth(accessToken);
        }
    }
}
