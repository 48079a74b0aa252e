package ph.brainbytes.ai.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.net.http.HttpClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.ai.ollama.management.ModelManagementOptions;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestClient;

/**
 * Builds the one chat model {@code brainbytes.llm.provider} names. Spring AI's starters and their
 * auto-configuration are left out on purpose: with the default {@code offline} nothing here is
 * created, so start-up needs no key and opens no connection. The clients' own retries are off;
 * Resilience4j does the retrying, so attempts, backoff and the circuit breaker are counted once.
 */
@Configuration(proxyBeanMethods = false)
class LlmConfig {

    private static final String PROVIDER = "brainbytes.llm.provider";
    private static final String WITH_MODEL = "!'${" + PROVIDER + ":offline}'.equalsIgnoreCase('offline')";
    /** The name of the circuit breaker and retry, as in the {@code name} tag of Resilience4j's metrics. */
    static final String CIRCUIT = "llm";

    @Bean
    @ConditionalOnProperty(name = PROVIDER, havingValue = "openai")
    ChatModel openAiChatModel(LlmProperties llm, ObjectProvider<ObservationRegistry> observations) {
        OpenAiChatOptions.Builder options = OpenAiChatOptions.builder();
        options.model(required(llm.model(), "brainbytes.llm.model"));
        options.apiKey(required(llm.apiKey(), "BRAINBYTES_LLM_API_KEY"));
        options.timeout(llm.timeout());
        options.maxRetries(0);
        // Without it OpenAI-compatible servers report no token usage on streams.
        options.streamUsage(true);
        if (llm.baseUrl() != null) {
            options.baseUrl(llm.baseUrl().toString());
        }
        return OpenAiChatModel.builder()
                .options(options.build())
                .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = PROVIDER, havingValue = "ollama")
    ChatModel ollamaChatModel(LlmProperties llm, ObjectProvider<ObservationRegistry> observations) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(llm.timeout()).build());
        requests.setReadTimeout(llm.timeout());
        OllamaApi.Builder api = OllamaApi.builder()
                .restClientBuilder(RestClient.builder().requestFactory(requests))
                // Plain HTTP status exceptions, so a 429 is told apart from other failures.
                .responseErrorHandler(new DefaultResponseErrorHandler());
        if (llm.baseUrl() != null) {
            api.baseUrl(llm.baseUrl().toString());
        }
        return OllamaChatModel.builder()
                .ollamaApi(api.build())
                .options(OllamaChatOptions.builder()
                        .model(required(llm.model(), "brainbytes.llm.model"))
                        .build())
                .retryTemplate(new RetryTemplate(RetryPolicy.withMaxRetries(0)))
                .modelManagementOptions(ModelManagementOptions.defaults())
                .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
                .build();
    }

    @Bean
    @ConditionalOnExpression(WITH_MODEL)
    CircuitBreakerRegistry llmCircuitBreakers(LlmProperties llm, MeterRegistry meters) {
        CircuitBreakerRegistry circuits = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(llm.circuitOpenFor())
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuits).bindTo(meters);
        return circuits;
    }

    @Bean
    @ConditionalOnExpression(WITH_MODEL)
    LlmTutor llmTutor(LlmProperties llm, ChatModel model, CircuitBreakerRegistry circuits, MeterRegistry meters) {
        Retry retry = Retry.of(
                CIRCUIT,
                RetryConfig.custom()
                        .maxAttempts(llm.maxAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(llm.retryBackoff(), 2))
                        .retryOnException(LlmConfig::worthRetrying)
                        .build());
        TimeLimiter timeLimiter = TimeLimiter.of(
                TimeLimiterConfig.custom().timeoutDuration(llm.timeout()).build());
        return new LlmTutor(
                model,
                llm.provider().code(),
                timeLimiter,
                retry,
                circuits.circuitBreaker(CIRCUIT),
                new LlmMetrics(meters, llm.provider().code()));
    }

    /** An open circuit, an unreadable reply or a stream already under way are not helped by asking again. */
    private static boolean worthRetrying(Throwable failure) {
        if (failure instanceof LlmTutor.MidStreamFailure) {
            return false;
        }
        FallbackReason reason = FallbackReason.of(failure);
        return reason != FallbackReason.CIRCUIT_OPEN && reason != FallbackReason.MALFORMED;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set for the language-model provider");
        }
        return value;
    }
}
