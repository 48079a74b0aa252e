package ph.brainbytes.ai.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks the configured language model, when there is one. Any timeout, error, empty reply or open
 * circuit gives an empty answer, which the caller replaces with the offline tutor's; each such
 * fallback is counted in {@code brainbytes_tutor_llm_fallbacks_total}.
 */
@Component
public class LlmTutor {

    private static final Logger log = LoggerFactory.getLogger(LlmTutor.class);

    private final LlmProperties properties;
    private final RestClient client;
    private final CircuitBreaker circuit;
    private final MeterRegistry registry;

    LlmTutor(LlmProperties properties, RestClient llmClient, MeterRegistry registry, Clock clock) {
        this.properties = properties;
        this.client = llmClient;
        this.registry = registry;
        this.circuit = new CircuitBreaker(properties.failureThreshold(), properties.openFor(), clock);
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /** The name reported as the answer's provider. */
    public String provider() {
        return properties.provider();
    }

    public Optional<String> answer(TutorPrompt prompt) {
        if (!enabled()) {
            return Optional.empty();
        }
        if (!circuit.allowsCall()) {
            return fallback("circuit-open");
        }
        try {
            ChatCompletion.Response response = client.post()
                    .uri("/chat/completions")
                    .body(new ChatCompletion.Request(properties.model(), PromptWriter.messages(prompt), 0.3))
                    .retrieve()
                    .body(ChatCompletion.Response.class);
            String text = response == null ? null : response.text();
            if (text == null || text.isBlank()) {
                circuit.failed();
                return fallback("empty");
            }
            circuit.succeeded();
            return Optional.of(text.trim());
        } catch (ResourceAccessException e) {
            circuit.failed();
            log.warn("language model {} unreachable or too slow: {}", provider(), e.getMessage());
            return fallback("timeout");
        } catch (RestClientException e) {
            circuit.failed();
            log.warn("language model {} failed: {}", provider(), e.getMessage());
            return fallback("error");
        }
    }

    private Optional<String> fallback(String reason) {
        Counter.builder("brainbytes.tutor.llm.fallbacks")
                .description("Answers the offline tutor gave because the language model could not")
                .tag("provider", provider())
                .tag("reason", reason)
                .register(registry)
                .increment();
        return Optional.empty();
    }
}
