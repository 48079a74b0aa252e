package ph.brainbytes.frontend.backend;

import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The only place that talks HTTP to the backend. Built from Boot's {@link RestClient.Builder} so
 * tracing (traceparent) and client metrics follow every call; failures become our own exceptions.
 */
@Component
class BackendHttp {

    private final RestClient client;

    BackendHttp(RestClient.Builder builder, BackendProperties properties) {
        this.client = builder.baseUrl(properties.url().toString()).build();
    }

    <T> T call(Function<RestClient, T> request) {
        try {
            return request.apply(client);
        } catch (HttpClientErrorException e) {
            throw problem(e);
        } catch (HttpServerErrorException | ResourceAccessException e) {
            throw new BackendUnavailableException(e);
        }
    }

    private static BackendProblemException problem(HttpClientErrorException e) {
        ProblemBody body = readProblem(e);
        Map<String, String> errors = body.errors() == null ? Map.of() : body.errors();
        return new BackendProblemException(e.getStatusCode().value(), body.slug(), errors);
    }

    private static ProblemBody readProblem(HttpClientErrorException e) {
        try {
            ProblemBody body = e.getResponseBodyAs(ProblemBody.class);
            return body == null ? new ProblemBody(null, null) : body;
        } catch (RestClientException | IllegalStateException notAProblem) {
            return new ProblemBody(null, null);
        }
    }
}
