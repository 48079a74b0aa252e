package ph.brainbytes.ai.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.ai.chat.metadata.Usage;

/** {@code brainbytes_tutor_llm_fallbacks_total{provider, reason}} and {@code brainbytes_tutor_llm_tokens_total{provider, direction}}. */
final class LlmMetrics {

    private final MeterRegistry registry;
    private final String provider;

    LlmMetrics(MeterRegistry registry, String provider) {
        this.registry = registry;
        this.provider = provider;
    }

    void fellBack(FallbackReason reason) {
        Counter.builder("brainbytes.tutor.llm.fallbacks")
                .description("Answers the offline engine gave because the language model could not")
                .tag("provider", provider)
                .tag("reason", reason.code())
                .register(registry)
                .increment();
    }

    /** Counts tokens only when the provider reported them; many stream chunks carry none. */
    void used(Usage usage) {
        if (usage == null) {
            return;
        }
        count("in", usage.getPromptTokens());
        count("out", usage.getCompletionTokens());
    }

    private void count(String direction, Integer tokens) {
        if (tokens != null && tokens > 0) {
            Counter.builder("brainbytes.tutor.llm.tokens")
                    .description("Tokens sent to and received from the language model")
                    .tag("provider", provider)
                    .tag("direction", direction)
                    .register(registry)
                    .increment(tokens);
        }
    }
}
