package ph.brainbytes.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import ph.brainbytes.curriculum.Curriculum;

class LlmTutorTest {

    private static final String BASE = "http://llm.test/v1";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RestClient.Builder builder = RestClient.builder().baseUrl(BASE);
    private final MockRestServiceServer server =
            MockRestServiceServer.bindTo(builder).build();
    private final LlmProperties properties = new LlmProperties(
            "groq", URI.create(BASE), "tutor-model", "key", Duration.ofSeconds(5), 2, Duration.ofMinutes(1));
    private final LlmTutor tutor = new LlmTutor(properties, builder.build(), registry, Clock.systemUTC());

    private final TutorPrompt prompt = new TutorPrompt(
            "Ano ang potosintesis?",
            "fil",
            false,
            7,
            Curriculum.load().lesson("sci-photosynthesis").orElseThrow(),
            List.of(new TutorPrompt.Turn("student", "Kumusta"), new TutorPrompt.Turn("tutor", "Kumusta!")));

    private double fallbacks(String reason) {
        var counter = registry.find("brainbytes.tutor.llm.fallbacks")
                .tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void sendsAGroundedPromptAndReturnsTheReply() {
        server.expect(requestTo(BASE + "/chat/completions"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"model\":\"tutor-model\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("answer in Filipino")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("S7LT-IIe-5")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("chlorophyll")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"role\":\"assistant\"")))
                .andRespond(withSuccess(
                        "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\" Ang potosintesis ay… \"}}]}",
                        MediaType.APPLICATION_JSON));

        assertThat(tutor.answer(prompt)).contains("Ang potosintesis ay…");
        assertThat(tutor.provider()).isEqualTo("groq");
        server.verify();
    }

    @Test
    void aFailingProviderFallsBackAndThenIsSkippedWhileTheCircuitIsOpen() {
        server.expect(requestTo(BASE + "/chat/completions")).andRespond(withServerError());
        server.expect(requestTo(BASE + "/chat/completions")).andRespond(withServerError());

        assertThat(tutor.answer(prompt)).isEmpty();
        assertThat(tutor.answer(prompt)).isEmpty();
        assertThat(tutor.answer(prompt)).isEmpty();

        server.verify();
        assertThat(fallbacks("error")).isEqualTo(2);
        assertThat(fallbacks("circuit-open")).isEqualTo(1);
    }

    @Test
    void anEmptyReplyIsAFallbackToo() {
        server.expect(requestTo(BASE + "/chat/completions"))
                .andRespond(withSuccess("{\"choices\":[]}", MediaType.APPLICATION_JSON));

        assertThat(tutor.answer(prompt)).isEmpty();
        assertThat(fallbacks("empty")).isEqualTo(1);
    }

    @Test
    void theOfflineProviderNeverCallsOut() {
        LlmProperties offline =
                new LlmProperties("offline", null, null, null, Duration.ofSeconds(5), 2, Duration.ofMinutes(1));
        server.expect(never(), requestTo(BASE + "/chat/completions"));

        assertThat(new LlmTutor(offline, builder.build(), registry, Clock.systemUTC()).answer(prompt))
                .isEmpty();
        server.verify();
    }
}
