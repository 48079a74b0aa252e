package ph.brainbytes.backend.tutor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the ai-service's answer stream ({@code POST /internal/v1/tutor/answers/stream}, see
 * docs/internal-api.md): hands on each {@code delta} as it arrives and returns the final
 * {@code answer}. A stream that ends without one is a failure.
 */
class TutorEventStream {

    private final RestClient rest;
    private final JsonMapper json;

    TutorEventStream(RestClient rest, JsonMapper json) {
        this.rest = rest;
        this.json = json;
    }

    TutorAnswer answer(TutorRequest request, Consumer<String> onDelta) {
        return rest.post()
                .uri("/internal/v1/tutor/answers/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .exchange((sent, response) -> {
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        throw new RestClientException("The ai-service answered " + response.getStatusCode());
                    }
                    try (BufferedReader reader =
                            new BufferedReader(new InputStreamReader(response.getBody(), StandardCharsets.UTF_8))) {
                        return read(reader, onDelta);
                    }
                });
    }

    private TutorAnswer read(BufferedReader reader, Consumer<String> onDelta) throws IOException {
        String event = "message";
        StringBuilder data = new StringBuilder();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty()) {
                if ("delta".equals(event)) {
                    onDelta.accept(json.readTree(data.toString()).path("text").asString());
                } else if ("answer".equals(event)) {
                    return json.readValue(data.toString(), TutorAnswer.class);
                }
                event = "message";
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                event = field(line, "event:");
            } else if (line.startsWith("data:")) {
                // Several data lines make one value, joined by newlines (the SSE rule).
                data.append(data.isEmpty() ? "" : "\n").append(field(line, "data:"));
            }
        }
        throw new RestClientException("The ai-service's stream ended without an answer");
    }

    /** The value after the field name, without the one optional space SSE allows. */
    private static String field(String line, String name) {
        String value = line.substring(name.length());
        return value.startsWith(" ") ? value.substring(1) : value;
    }
}
