package ph.brainbytes.ai.llm;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which language model, if any, writes the tutor's answers, and how long a student waits for it.
 *
 * @param provider {@code offline} (no model, no network), {@code openai} (OpenAI, Groq or any
 *     OpenAI-compatible endpoint) or {@code ollama}
 * @param model the provider's model name
 * @param baseUrl the endpoint; empty means the provider's own default
 * @param apiKey only from {@code BRAINBYTES_LLM_API_KEY}; never logged, never defaulted
 * @param timeout for one attempt, and for the first and each further chunk of a stream
 * @param maxAttempts attempts per question, the first included
 * @param retryBackoff wait before the second attempt, doubled for each further one
 * @param circuitOpenFor how long the model is left alone after it failed too often
 */
@Validated
@ConfigurationProperties("brainbytes.llm")
public record LlmProperties(
        @NotNull Provider provider,
        String model,
        URI baseUrl,
        String apiKey,
        @NotNull Duration timeout,
        @Min(1) int maxAttempts,
        @NotNull Duration retryBackoff,
        @NotNull Duration circuitOpenFor) {

    /** The supported kinds of model; {@code code} is the value of the {@code provider} tag. */
    public enum Provider {
        OFFLINE,
        OPENAI,
        OLLAMA;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
