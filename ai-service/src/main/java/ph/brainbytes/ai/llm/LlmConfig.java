package ph.brainbytes.ai.llm;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The HTTP client for the language model, built from Boot's builder so calls are traced and timed. */
@Configuration(proxyBeanMethods = false)
class LlmConfig {

    @Bean
    RestClient llmClient(RestClient.Builder builder, LlmProperties properties) {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(properties.timeout());
        timeouts.setReadTimeout(properties.timeout());
        RestClient.Builder configured = builder.requestFactory(timeouts);
        if (properties.enabled()) {
            configured.baseUrl(properties.baseUrl().toString());
        }
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            configured.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.apiKey());
        }
        return configured.build();
    }

    /** The circuit breaker's clock; tests use a fixed one to move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
