package ph.brainbytes.ai.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import ph.brainbytes.ai.TutorHttp;
import ph.brainbytes.ai.llm.LlmTutor;
import tools.jackson.databind.JsonNode;

/** The default offline provider: no model at all, streamed answers, and the answer cache. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "brainbytes.service-token.secret=" + TutorStreamIT.SECRET,
            "logging.level.org.springframework.security=DEBUG"
        })
class TutorStreamIT {

    static final String SECRET = "an-offline-stream-test-secret-long-enough";

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private MeterRegistry meters;

    private TutorHttp tutor;

    @BeforeEach
    void connect() {
        tutor = new TutorHttp(port, SECRET);
    }

    @Test
    void offlineStartsNoModelAndNeedsNoKey() {
        assertThat(context.getBeanNamesForType(ChatModel.class)).isEmpty();
        assertThat(context.getBeanNamesForType(LlmTutor.class)).isEmpty();
    }

    @Test
    void theOfflineAnswerStreamsInParagraphsThenWholeAsTheNonStreamedCallGivesIt() throws Exception {
        String question = "{\"question\": \"Ano ang potosintesis?\", \"mode\": \"direct\"}";

        TutorHttp.Stream stream = tutor.stream(question);

        assertThat(stream.contentType()).startsWith("text/event-stream");
        assertThat(stream.deltas()).hasSizeGreaterThan(1);
        assertThat(String.join("", stream.deltas()))
                .isEqualTo(stream.answer().path("text").asString());
        assertThat(stream.answer()).isEqualTo(tutor.answer(question));
        assertThat(stream.answer().path("provider").asString()).isEqualTo("offline");
        assertThat(stream.answer().path("language").asString()).isEqualTo("fil");
    }

    @Test
    void theWaitForTheFirstStreamedWordsIsTimedOncePerStreamedQuestion() throws Exception {
        long before = firstTokenCount();

        TutorHttp.Stream stream = tutor.stream("{\"question\": \"Ano ang pangngalan?\", \"subject\": \"filipino\"}");
        tutor.answer("{\"question\": \"Ano ang pandiwa?\", \"subject\": \"filipino\"}");

        assertThat(stream.deltas()).hasSizeGreaterThan(1);
        Timer timer = meters.find("brainbytes.tutor.first.token")
                .tag("provider", "offline")
                .timer();
        assertThat(timer.count())
                .as("one stream, several chunks, one non-streamed answer")
                .isEqualTo(before + 1);
        assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(Arrays.stream(timer.takeSnapshot().histogramCounts())
                        .map(bucket -> bucket.bucket(TimeUnit.SECONDS))
                        .toList())
                .as("bucket bounds in seconds")
                .contains(0.25, 1.0, 5.0, 20.0);
    }

    private long firstTokenCount() {
        Timer timer = meters.find("brainbytes.tutor.first.token")
                .tag("provider", "offline")
                .timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void aSafetyAnswerStreamsWithItsFlag() throws Exception {
        JsonNode answer =
                tutor.stream("{\"question\": \"I want to kill myself\"}").answer();

        assertThat(answer.path("safety").path("category").asString()).isEqualTo("self-harm");
        assertThat(answer.path("text").asString()).contains("1553");
    }

    @Test
    void theStreamNeedsAServiceTokenAndAValidBody() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/internal/v1/tutor/answers/stream"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"hi\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> invalid = tutor.post("/stream", "{\"question\": \"\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("https://brainbytes.ph/problems/validation");
    }

    @Test
    void theSameNormalisedQuestionIsServedFromTheCache() throws Exception {
        double hits = cache("hit");
        double misses = cache("miss");

        JsonNode first = tutor.answer("{\"question\": \"What is a noun?\", \"subject\": \"english\"}");
        JsonNode again = tutor.answer("{\"question\": \"  What   is a noun? \", \"subject\": \"english\"}");
        tutor.answer("{\"question\": \"What is a noun?\", \"subject\": \"english\", \"mode\": \"socratic\"}");

        assertThat(again).isEqualTo(first);
        assertThat(cache("miss")).isEqualTo(misses + 2);
        assertThat(cache("hit")).isEqualTo(hits + 1);
    }

    private double cache(String result) {
        FunctionCounter counter =
                meters.find("brainbytes.tutor.cache").tag("result", result).functionCounter();
        return counter.count();
    }
}
