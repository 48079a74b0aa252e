package ph.brainbytes.backend.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ph.brainbytes.backend.PostgresIntegrationTest;
import tools.jackson.databind.JsonNode;

class TutorDownIT extends PostgresIntegrationTest {

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void nobodyListening(DynamicPropertyRegistry registry) {
        registry.add("brainbytes.ai-service.url", () -> "http://127.0.0.1:" + closedPort());
    }

    @Test
    void theQuestionIsKeptAndTheStudentIsToldPlainly() {
        String token = api.newStudent("en").path("accessToken").asString();
        String conversation = api.post("/api/v1/conversations", token, Map.of())
                .getBody()
                .path("id")
                .asString();
        double unavailableBefore = unavailableCount();

        ResponseEntity<JsonNode> asked =
                api.post("/api/v1/conversations/" + conversation + "/messages", token, Map.of("text", "Hi tutor!"));

        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode answer = asked.getBody().path("answer");
        assertThat(answer.path("provider").asString()).isEqualTo("unavailable");
        assertThat(answer.path("text").asString()).contains("unavailable right now", "question was saved");
        assertThat(answer.path("subject").asString()).isEqualTo("general");
        JsonNode transcript = api.get("/api/v1/conversations/" + conversation + "/messages", token)
                .getBody()
                .path("items");
        assertThat(transcript.size()).isEqualTo(2);
        assertThat(transcript.get(0).path("text").asString()).isEqualTo("Hi tutor!");
        assertThat(unavailableCount()).isEqualTo(unavailableBefore + 1);
    }

    private double unavailableCount() {
        return meters.counter("brainbytes.tutor.requests", "outcome", "unavailable")
                .count();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
