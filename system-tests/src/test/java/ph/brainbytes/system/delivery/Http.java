package ph.brainbytes.system.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small JSON-over-HTTP helpers for the public API. */
final class Http {

    private Http() {}

    static HttpResponse<String> get(HttpClient client, String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(HttpClient client, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs a new student up through {@code base} and returns an access token. */
    static String newStudent(HttpClient client, String base) throws Exception {
        String email = "edge-" + System.nanoTime() + "@example.ph";
        HttpResponse<String> registered = post(
                client,
                base + "/api/v1/auth/register",
                null,
                "{\"email\":\"" + email + "\",\"password\":\"edge-proxy-pass-2026\",\"displayName\":\"Edge\","
                        + "\"gradeLevel\":8,\"preferredLanguage\":\"en\",\"birthYear\":2012,"
                        + "\"consent\":{\"accepted\":true,\"guardianName\":\"Maria Santos\","
                        + "\"guardianEmail\":\"guardian-" + System.nanoTime() + "@example.ph\"}}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        HttpResponse<String> login = post(
                client,
                base + "/api/v1/auth/login",
                null,
                "{\"email\":\"" + email + "\",\"password\":\"edge-proxy-pass-2026\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return field(login.body(), "accessToken");
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }
}
