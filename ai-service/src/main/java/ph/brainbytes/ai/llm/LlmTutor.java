package ph.brainbytes.ai.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Asks the configured language model for a grounded answer, guarded by a time limit, retries with
 * backoff and a circuit breaker. Every failure is counted with its reason and answered with
 * nothing, so the caller lets the offline engine answer instead.
 */
public class LlmTutor {

    private static final Logger log = LoggerFactory.getLogger(LlmTutor.class);
    private static final int MAX_CAUSE_DEPTH = 32;

    private final ChatModel model;
    private final String provider;
    private final TimeLimiter timeLimiter;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final LlmMetrics metrics;

    LlmTutor(
            ChatModel model,
            String provider,
            TimeLimiter timeLimiter,
            Retry retry,
            CircuitBreaker circuitBreaker,
            LlmMetrics metrics) {
        this.model = model;
        this.provider = provider;
        this.timeLimiter = timeLimiter;
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
        this.metrics = metrics;
    }

    /** The value of the answer's {@code provider} field when the model answered. */
    public String provider() {
        return provider;
    }

    /** The model's whole answer, or empty when the offline engine has to answer. */
    public Optional<String> answer(TutorPrompt prompt) {
        Prompt request = PromptWriter.write(prompt);
        try {
            return Optional.of(Mono.fromCallable(() -> text(model.call(request)))
                    .subscribeOn(Schedulers.boundedElastic())
                    .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                    .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                    .transformDeferred(RetryOperator.of(retry))
                    .block());
        } catch (RuntimeException failure) {
            fellBack(failure);
            return Optional.empty();
        }
    }

    /**
     * The model's answer in chunks as they arrive. The flux fails, after counting why, when the
     * offline engine has to answer; a failure after the first chunk is not retried, since the
     * student has already seen part of the answer.
     */
    public Flux<String> stream(TutorPrompt prompt) {
        Prompt request = PromptWriter.write(prompt);
        return Flux.defer(() -> attempt(request))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(RetryOperator.of(retry))
                .doOnError(this::fellBack);
    }

    private Flux<String> attempt(Prompt request) {
        AtomicBoolean started = new AtomicBoolean();
        return model.stream(request)
                .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                .doOnNext(response -> metrics.used(response.getMetadata().getUsage()))
                .map(LlmTutor::chunk)
                .filter(chunk -> !chunk.isEmpty())
                .doOnNext(chunk -> started.set(true))
                .switchIfEmpty(Flux.error(() -> new MalformedReply("the model streamed no text")))
                .onErrorMap(failure -> started.get() ? new MidStreamFailure(failure) : failure);
    }

    private String text(ChatResponse response) {
        if (response == null) {
            throw new MalformedReply("the model sent no response");
        }
        metrics.used(response.getMetadata().getUsage());
        String text = chunk(response);
        if (text.isBlank()) {
            throw new MalformedReply("the model sent no text");
        }
        return text;
    }

    private static String chunk(ChatResponse response) {
        Generation result = response.getResult();
        if (result == null || result.getOutput() == null || result.getOutput().getText() == null) {
            return "";
        }
        return result.getOutput().getText();
    }

    private void fellBack(Throwable failure) {
        FallbackReason reason = FallbackReason.of(failure);
        metrics.fellBack(reason);
        // The exception's message may quote the prompt, so only its type is logged.
        log.warn(
                "language model failed, offline engine answers provider={} reason={} error={}",
                provider,
                reason.code(),
                rootType(failure));
    }

    private static String rootType(Throwable failure) {
        // Bounded, so a cause chain that loops back on itself cannot hang the request thread.
        Throwable root = failure;
        for (int depth = 0; depth < MAX_CAUSE_DEPTH && root.getCause() != null; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    /** Wraps a failure that came after the student had seen part of the answer. */
    static final class MidStreamFailure extends RuntimeException {

        MidStreamFailure(Throwable cause) {
            super(cause);
        }
    }
}
