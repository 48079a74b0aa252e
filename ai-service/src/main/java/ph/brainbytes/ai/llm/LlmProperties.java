package ph.brainbytes.ai.llm;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional language-model provider. {@code offline} (the default) uses none. Any other name
 * ({@code openai}, {@code groq}, {@code ollama}, …) means an OpenAI-compatible chat-completions API
 * at {@code base-url}; the name is reported as the answer's provider. The API key comes only from
 * the environment ({@code BRAINBYTES_LLM_API_KEY}) and may be absent for a local Ollama.
 *
 * @param failureThreshold consecutive failures after which the provider is skipped for {@code openFor}
 */
@ConfigurationProperties("brainbytes.llm")
record LlmProperties(
        String provider,
        URI baseUrl,
        String model,
        String apiKey,
        Duration timeout,
        int failureThreshold,
        Duration openFor) {

    static final String OFFLINE = "offline";

    LlmProperties {
        if (enabled(provider) && (baseUrl == null || model == null || model.isBlank())) {
            throw new IllegalArgumentException(
                    "brainbytes.llm.base-url and brainbytes.llm.model are required for provider " + provider);
        }
    }

    boolean enabled() {
        return enabled(provider);
    }

    private static boolean enabled(String provider) {
        return provider != null && !provider.isBlank() && !OFFLINE.equals(provider);
    }
}
