package ph.brainbytes.backend.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ph.brainbytes.backend.PostgresIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The streamed exchange on the real PostgreSQL, relayed from a fake ai-service stream. */
class AnswerStreamIT extends PostgresIntegrationTest {

    private static final FakeAiStream AI = new FakeAiStream();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void aiService(DynamicPropertyRegistry registry) {
        registry.add("brainbytes.ai-service.url", AI::url);
    }

    @AfterEach
    void answerWhole() {
        AI.breakOff(false);
    }

    @AfterAll
    static void stop() {
        AI.close();
    }

    @Test
    void theDeltasAreRelayedAndTheWholeAnswerIsStored() throws Exception {
        String token = api.newStudent("en").path("accessToken").asString();
        String conversation = newConversation(token);

        HttpResponse<String> response = stream(token, conversation, "{\"text\": \"Solve 2x + 3 = 7\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<Event> events = events(response.body());
        assertThat(events.stream()
                        .filter(e -> e.name().equals("delta"))
                        .map(e -> e.data().path("text").asString()))
                .containsExactlyElementsOf(FakeAiStream.PIECES);
        Event last = events.get(events.size() - 1);
        assertThat(last.name()).isEqualTo("answer");
        assertThat(last.data().path("question").path("text").asString()).isEqualTo("Solve 2x + 3 = 7");
        assertThat(last.data().path("answer").path("text").asString()).isEqualTo(String.join("", FakeAiStream.PIECES));
        assertThat(last.data().path("answer").path("provider").asString()).isEqualTo("openai");
        assertThat(last.data()
                        .path("answer")
                        .path("citations")
                        .get(0)
                        .path("id")
                        .asString())
                .isEqualTo("math-linear-equations");

        JsonNode sent = JSON.readTree(AI.requests().get(AI.requests().size() - 1));
        assertThat(sent.path("question").asString()).isEqualTo("Solve 2x + 3 = 7");
        assertThat(sent.path("learner").path("gradeLevel").asInt()).isEqualTo(7);
        JsonNode transcript = transcript(token, conversation);
        assertThat(transcript.size()).isEqualTo(2);
        assertThat(transcript.get(1).path("id").asString())
                .isEqualTo(last.data().path("answer").path("id").asString());
        assertThat(transcript.get(1).path("text").asString()).isEqualTo(String.join("", FakeAiStream.PIECES));
    }

    @Test
    void aStreamThatBreaksOffEndsWithTheStoredStandIn() throws Exception {
        AI.breakOff(true);
        String token = api.newStudent("fil").path("accessToken").asString();
        String conversation = newConversation(token);
        double unavailable = meters.counter("brainbytes.tutor.requests", "outcome", "unavailable")
                .count();

        List<Event> events = events(
                stream(token, conversation, "{\"text\": \"Ano ang noun?\"}").body());

        Event last = events.get(events.size() - 1);
        assertThat(last.name()).isEqualTo("answer");
        assertThat(last.data().path("answer").path("provider").asString()).isEqualTo("unavailable");
        assertThat(last.data().path("answer").path("language").asString()).isEqualTo("fil");
        JsonNode transcript = transcript(token, conversation);
        assertThat(transcript.size()).isEqualTo(2);
        assertThat(transcript.get(0).path("text").asString()).isEqualTo("Ano ang noun?");
        assertThat(transcript.get(1).path("provider").asString()).isEqualTo("unavailable");
        assertThat(meters.counter("brainbytes.tutor.requests", "outcome", "unavailable")
                        .count())
                .isEqualTo(unavailable + 1);
    }

    @Test
    void someoneElsesConversationIsAPlainNotFoundAndNothingIsAsked() throws Exception {
        String owner = api.newStudent("en").path("accessToken").asString();
        String stranger = api.newStudent("en").path("accessToken").asString();
        String conversation = newConversation(owner);
        int asked = AI.requests().size();

        HttpResponse<String> response = stream(stranger, conversation, "{\"text\": \"hi\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("conversation-not-found");
        assertThat(AI.requests()).hasSize(asked);
        assertThat(stream(null, conversation, "{\"text\": \"hi\"}").statusCode())
                .isEqualTo(401);
        assertThat(stream(owner, conversation, "{\"text\": \"\"}").statusCode()).isEqualTo(400);
    }

    private String newConversation(String token) {
        return api.post("/api/v1/conversations", token, Map.of("subject", "math"))
                .getBody()
                .path("id")
                .asString();
    }

    private JsonNode transcript(String token, String conversation) {
        return api.get("/api/v1/conversations/" + conversation + "/messages", token)
                .getBody()
                .path("items");
    }

    private HttpResponse<String> stream(String token, String conversation, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/conversations/" + conversation + "/messages/stream"))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Event> events(String body) {
        List<Event> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
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
        return events;
    }

    private record Event(String name, JsonNode data) {}
}
