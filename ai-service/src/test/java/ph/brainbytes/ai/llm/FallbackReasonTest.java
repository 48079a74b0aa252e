package ph.brainbytes.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;

class FallbackReasonTest {

    @Test
    void theReasonIsFoundUnderTheClientsWrappers() {
        assertThat(FallbackReason.of(new IllegalStateException(new TimeoutException())))
                .isEqualTo(FallbackReason.TIMEOUT);
        assertThat(FallbackReason.of(new RuntimeException(
                        HttpClientErrorException.create(HttpStatus.TOO_MANY_REQUESTS, "", null, null, null))))
                .isEqualTo(FallbackReason.RATE_LIMITED);
        assertThat(FallbackReason.of(
                        CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("x"))))
                .isEqualTo(FallbackReason.CIRCUIT_OPEN);
        assertThat(FallbackReason.of(new LlmTutor.MidStreamFailure(new MalformedReply("empty"))))
                .isEqualTo(FallbackReason.MALFORMED);
        assertThat(FallbackReason.of(
                        HttpServerErrorException.create(HttpStatus.INTERNAL_SERVER_ERROR, "", null, null, null)))
                .isEqualTo(FallbackReason.ERROR);
    }
}
