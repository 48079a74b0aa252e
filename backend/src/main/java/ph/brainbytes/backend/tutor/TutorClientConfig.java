package ph.brainbytes.backend.tutor;

import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import ph.brainbytes.common.servicetoken.ServiceTokens;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AiServiceProperties.class, ServiceTokenProperties.class})
class TutorClientConfig {

    static final String ISSUER = "brainbytes-backend";
    static final String AUDIENCE = "ai-service";

    @Bean
    TutorClient tutorClient(
            RestClient.Builder builder,
            AiServiceProperties aiService,
            ServiceTokenProperties serviceToken,
            Clock clock) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(aiService.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(aiService.timeout());
        RestClient rest = aiService(builder, requests, aiService, serviceToken, clock)
                .defaultHeader(HttpHeaders.ACCEPT, "application/json")
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
                .build()
                .createClient(TutorClient.class);
    }

    @Bean
    TutorEventStream tutorEventStream(
            RestClient.Builder builder,
            AiServiceProperties aiService,
            ServiceTokenProperties serviceToken,
            Clock clock,
            JsonMapper json) {
        // Its read timeout bounds each wait for the next bytes, so a stream may run long but never stall.
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(aiService.connectTimeout());
        requests.setReadTimeout(aiService.timeout());
        return new TutorEventStream(
                aiService(builder, requests, aiService, serviceToken, clock).build(), json);
    }

    /** The injected builder carries tracing and metrics; a fresh token per call keeps it short-lived. */
    private static RestClient.Builder aiService(
            RestClient.Builder builder,
            ClientHttpRequestFactory requests,
            AiServiceProperties aiService,
            ServiceTokenProperties serviceToken,
            Clock clock) {
        ServiceTokens tokens = new ServiceTokens(serviceToken.secret(), ISSUER, clock);
        return builder.baseUrl(aiService.url().toString())
                .requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(tokens.mint(AUDIENCE));
                    return execution.execute(request, body);
                });
    }
}
