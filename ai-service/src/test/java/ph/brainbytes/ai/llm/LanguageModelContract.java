package ph.brainbytes.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ph.brainbytes.ai.TutorHttp;
import tools.jackson.databind.JsonNode;

/**
 * What a student gets from each provider, against a fake model server: the model's grounded
 * answer, whole or streamed, and the offline engine's answer with a counted reason whenever the
 * model is slow, refuses, fails, garbles or is left alone by the circuit breaker.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "brainbytes.service-token.secret=" + LanguageModelContract.SECRET,
            "brainbytes.llm.model=test-model",
            "brainbytes.llm.timeout=3s",
            "brainbytes.llm.max-attempts=2",
            "brainbytes.llm.retry-backoff=10ms",
            "brainbytes.llm.circuit-open-for=1m"
        })
abstract class LanguageModelContract {

    static final String SECRET = "a-language-model-test-secret-long-enough";
    private static final String PHOTOSYNTHESIS =
            "{\"question\": \"What is photosynthesis?\", \"learner\": {\"gradeLevel\": 7, \"preferredLanguage\": \"en\"}}";

    @LocalServerPort
    private int port;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private CircuitBreakerRegistry circuits;

    private TutorHttp tutor;

    private static boolean warm;

    abstract FakeModelServer model();

    abstract String provider();

    @BeforeEach
    void freshModel() throws Exception {
        tutor = new TutorHttp(port, SECRET);
        model().behave(FakeModelServer.Behaviour.ANSWER);
        if (!warm) {
            // The first call loads the client's classes, which on a busy machine can outlast the time limit.
            tutor.answer(PHOTOSYNTHESIS);
            warm = true;
        }
        model().requests().clear();
        circuits.circuitBreaker(LlmConfig.CIRCUIT).reset();
    }

    @Test
    void theModelAnswersGroundedInTheLessonsAndItsTokensAreCounted() throws Exception {
        double tokensIn = count("brainbytes.tutor.llm.tokens", "direction", "in");
        double tokensOut = count("brainbytes.tutor.llm.tokens", "direction", "out");

        JsonNode answer = tutor.answer(PHOTOSYNTHESIS);

        assertThat(answer.path("provider").asString()).isEqualTo(provider());
        assertThat(answer.path("text").asString()).isEqualTo(FakeModelServer.ANSWER);
        assertThat(answer.path("questionType").asString()).isEqualTo("concept");
        assertThat(answer.path("citations").get(0).path("id").asString()).isEqualTo("sci-photosynthesis");
        assertThat(model().requests()).hasSize(1);
        assertThat(model().requests().get(0))
                .contains("test-model", "Lesson: Photosynthesis", "S7LT-IIe-5", "grade 7", "Answer in English")
                .contains("Direct mode");
        assertThat(count("brainbytes.tutor.llm.tokens", "direction", "in")).isEqualTo(tokensIn + 120);
        assertThat(count("brainbytes.tutor.llm.tokens", "direction", "out")).isEqualTo(tokensOut + 30);
    }

    @Test
    void theModelsAnswerStreamsInChunksThenWhole() throws Exception {
        long modelBefore = firstTokens(provider());
        long offlineBefore = firstTokens("offline");
        TutorHttp.Stream stream = tutor.stream(PHOTOSYNTHESIS);

        assertThat(stream.contentType()).startsWith("text/event-stream");
        assertThat(stream.deltas()).hasSizeGreaterThan(1);
        assertThat(String.join("", stream.deltas())).isEqualTo(FakeModelServer.ANSWER);
        assertThat(stream.answer().path("provider").asString()).isEqualTo(provider());
        assertThat(stream.answer().path("text").asString()).isEqualTo(FakeModelServer.ANSWER);
        assertThat(stream.answer().path("citations").get(0).path("id").asString())
                .isEqualTo("sci-photosynthesis");
        assertThat(firstTokens(provider()))
                .as("first chunk timed under the model")
                .isEqualTo(modelBefore + 1);
        assertThat(firstTokens("offline")).isEqualTo(offlineBefore);
    }

    @Test
    void aSlowModelTimesOutAndTheOfflineEngineAnswers() throws Exception {
        assertFallsBack(FakeModelServer.Behaviour.SLOW, "timeout", 2);
    }

    @Test
    void aRateLimitedModelIsRetriedThenTheOfflineEngineAnswers() throws Exception {
        assertFallsBack(FakeModelServer.Behaviour.RATE_LIMITED, "rate-limited", 2);
    }

    @Test
    void aFailingModelIsRetriedThenTheOfflineEngineAnswers() throws Exception {
        assertFallsBack(FakeModelServer.Behaviour.FAILING, "error", 2);
    }

    @Test
    void aGarbledReplyIsNotRetriedAndTheOfflineEngineAnswers() throws Exception {
        assertFallsBack(FakeModelServer.Behaviour.MALFORMED, "malformed", 1);
    }

    @Test
    void aFailingStreamStreamsTheOfflineAnswerInstead() throws Exception {
        model().behave(FakeModelServer.Behaviour.FAILING);
        double before = count("brainbytes.tutor.llm.fallbacks", "reason", "error");
        long offlineBefore = firstTokens("offline");

        TutorHttp.Stream stream = tutor.stream(PHOTOSYNTHESIS);

        assertThat(firstTokens("offline"))
                .as("the first words came from the offline engine")
                .isEqualTo(offlineBefore + 1);

        assertThat(stream.answer().path("provider").asString()).isEqualTo("offline");
        assertThat(stream.answer().path("text").asString()).contains("sunlight");
        assertThat(String.join("", stream.deltas()))
                .isEqualTo(stream.answer().path("text").asString());
        assertThat(count("brainbytes.tutor.llm.fallbacks", "reason", "error")).isEqualTo(before + 1);
    }

    @Test
    void anOpenCircuitSkipsTheModel() throws Exception {
        circuits.circuitBreaker(LlmConfig.CIRCUIT).transitionToOpenState();
        double before = count("brainbytes.tutor.llm.fallbacks", "reason", "circuit-open");

        JsonNode answer = tutor.answer(PHOTOSYNTHESIS);

        assertThat(answer.path("provider").asString()).isEqualTo("offline");
        assertThat(model().requests()).isEmpty();
        assertThat(count("brainbytes.tutor.llm.fallbacks", "reason", "circuit-open"))
                .isEqualTo(before + 1);
    }

    @Test
    void mathIsNeverSentToTheModel() throws Exception {
        JsonNode answer = tutor.answer("{\"question\": \"2x + 3 = 11\"}");

        assertThat(answer.path("provider").asString()).isEqualTo("offline");
        assertThat(answer.path("text").asString()).contains("x = 4");
        assertThat(model().requests()).isEmpty();
    }

    @Test
    void personalDetailsNeverReachTheModel() throws Exception {
        tutor.answer("""
                {"question": "What is photosynthesis? Email me at juan.delacruz@gmail.com or text 0917 123 4567",
                 "mode": "socratic",
                 "history": [{"role": "student", "text": "ako si Juan, +63 918 765 4321"},
                             {"role": "tutor", "text": "Hello!"}]}""");

        assertThat(model().requests()).hasSize(1);
        assertThat(model().requests().get(0))
                .doesNotContain("juan.delacruz@gmail.com", "0917 123 4567", "918 765 4321")
                .contains("[email]", "[phone]", "Socratic mode");
    }

    private void assertFallsBack(FakeModelServer.Behaviour behaviour, String reason, int attempts) throws Exception {
        model().behave(behaviour);
        double before = count("brainbytes.tutor.llm.fallbacks", "reason", reason);

        JsonNode answer = tutor.answer(PHOTOSYNTHESIS);

        assertThat(answer.path("provider").asString()).isEqualTo("offline");
        assertThat(answer.path("text").asString()).contains("Photosynthesis", "sunlight");
        assertThat(answer.path("citations").get(0).path("id").asString()).isEqualTo("sci-photosynthesis");
        assertThat(model().requests()).hasSize(attempts);
        assertThat(count("brainbytes.tutor.llm.fallbacks", "reason", reason)).isEqualTo(before + 1);
    }

    private long firstTokens(String provider) {
        Timer timer = meters.find("brainbytes.tutor.first.token")
                .tag("provider", provider)
                .timer();
        return timer == null ? 0 : timer.count();
    }

    private double count(String name, String tag, String value) {
        Counter counter =
                meters.find(name).tag("provider", provider()).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
