package ph.brainbytes.ai;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ph.brainbytes.common.servicetoken.ServiceTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks a running ai-service over real HTTP, as the backend does, whole or streamed. */
public final class TutorHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String secret;

    public TutorHttp(int port, String secret) {
        this.base = "http://localhost:" + port + "/internal/v1/tutor/answers";
        this.secret = secret;
    }

    public JsonNode answer(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = post("", body);
        if (response.statusCode() != 200) {
            throw new AssertionError("status " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public Stream stream(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/stream", body);
        if (response.statusCode() != 200) {
            throw new AssertionError("status " + response.statusCode() + ": " + response.body());
        }
        List<Event> events = new ArrayList<>();
        for (String block : response.body().split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring("data:".length()));
                }
            }
            if (name != null) {
                events.add(new Event(name, JSON.readTree(data.toString())));
            }
        }
        return new Stream(response.headers().firstValue("Content-Type").orElse(""), events);
    }

    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        String token = new ServiceTokens(secret, "brainbytes-backend", Clock.systemUTC()).mint("ai-service");
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        // A stream the server never closes must fail the test, not hang the build.
                        .timeout(Duration.ofSeconds(90))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One server-sent event; {@code data} is its JSON. */
    public record Event(String name, JsonNode data) {}

    /** The events of one streamed answer. */
    public record Stream(String contentType, List<Event> events) {

        public List<String> deltas() {
            return events.stream()
                    .filter(e -> e.name().equals("delta"))
                    .map(e -> e.data().path("text").asString())
                    .toList();
        }

        /** The one {@code answer} event, which must be the last. */
        public JsonNode answer() {
            List<Event> answers =
                    events.stream().filter(e -> e.name().equals("answer")).toList();
            if (answers.size() != 1 || !events.get(events.size() - 1).name().equals("answer")) {
                throw new AssertionError("expected one final answer event, got " + events);
            }
            return answers.get(0).data();
        }
    }
}
