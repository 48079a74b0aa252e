package ph.brainbytes.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmPropertiesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void aProviderWithoutItsAddressOrModelStopsStartUp() {
        assertThatThrownBy(() -> new LlmProperties("openai", null, "gpt", null, TIMEOUT, 3, TIMEOUT))
                .hasMessageContaining("brainbytes.llm.base-url");
        assertThatThrownBy(() -> new LlmProperties(
                        "ollama", URI.create("http://localhost:11434/v1"), " ", null, TIMEOUT, 3, TIMEOUT))
                .hasMessageContaining("brainbytes.llm.model");
    }

    @Test
    void offlineNeedsNothingElse() {
        assertThat(new LlmProperties("offline", null, null, null, TIMEOUT, 3, TIMEOUT).enabled())
                .isFalse();
        assertThat(new LlmProperties(
                                "ollama", URI.create("http://localhost:11434/v1"), "llama3", null, TIMEOUT, 3, TIMEOUT)
                        .enabled())
                .isTrue();
    }
}
