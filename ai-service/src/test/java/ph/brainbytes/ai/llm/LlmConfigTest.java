package ph.brainbytes.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class LlmConfigTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(LlmConfig.class, Properties.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues(
                    "brainbytes.llm.timeout=6s",
                    "brainbytes.llm.max-attempts=2",
                    "brainbytes.llm.retry-backoff=500ms",
                    "brainbytes.llm.circuit-open-for=30s");

    @Test
    void offlineCreatesNoModelAtAll() {
        context.withPropertyValues("brainbytes.llm.provider=offline").run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started).doesNotHaveBean(ChatModel.class).doesNotHaveBean(LlmTutor.class);
        });
    }

    @Test
    void anOpenAiModelNeedsAKeyFromTheEnvironment() {
        context.withPropertyValues("brainbytes.llm.provider=openai", "brainbytes.llm.model=gpt-4o-mini")
                .run(started ->
                        assertThat(started).getFailure().rootCause().hasMessageContaining("BRAINBYTES_LLM_API_KEY"));
    }

    @Test
    void eachProviderGetsItsOwnSpringAiModelWithoutConnecting() {
        context.withPropertyValues(
                        "brainbytes.llm.provider=OpenAI",
                        "brainbytes.llm.model=llama-3.1-8b-instant",
                        "brainbytes.llm.api-key=test-only",
                        "brainbytes.llm.base-url=http://127.0.0.1:9/openai/v1")
                .run(started -> {
                    assertThat(started).hasSingleBean(OpenAiChatModel.class);
                    assertThat(started.getBean(LlmTutor.class).provider()).isEqualTo("openai");
                });
        context.withPropertyValues(
                        "brainbytes.llm.provider=ollama",
                        "brainbytes.llm.model=llama3.2",
                        "brainbytes.llm.base-url=http://127.0.0.1:9")
                .run(started -> {
                    assertThat(started).hasSingleBean(OllamaChatModel.class);
                    assertThat(started.getBean(LlmTutor.class).provider()).isEqualTo("ollama");
                });
    }

    @EnableConfigurationProperties(LlmProperties.class)
    static class Properties {}
}
