package ph.brainbytes.ai.llm;

import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIServiceException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.concurrent.TimeoutException;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/** Why the offline engine answered instead of the model; the {@code reason} tag of the fallback metric. */
enum FallbackReason {
    TIMEOUT("timeout"),
    RATE_LIMITED("rate-limited"),
    CIRCUIT_OPEN("circuit-open"),
    MALFORMED("malformed"),
    ERROR("error");

    private static final int TOO_MANY_REQUESTS = 429;

    private final String code;

    FallbackReason(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** Looks through the causes, since each client wraps what went wrong in its own exceptions. */
    static FallbackReason of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CallNotPermittedException) {
                return CIRCUIT_OPEN;
            }
            if (cause instanceof TimeoutException
                    || cause instanceof java.net.http.HttpTimeoutException
                    || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof java.io.InterruptedIOException) {
                return TIMEOUT;
            }
            if (statusOf(cause) == TOO_MANY_REQUESTS) {
                return RATE_LIMITED;
            }
            if (cause instanceof MalformedReply
                    || cause instanceof OpenAIInvalidDataException
                    // The OpenAI client parses with Jackson 2, Spring with Jackson 3.
                    || cause instanceof com.fasterxml.jackson.core.JacksonException
                    || cause instanceof tools.jackson.core.JacksonException
                    || cause instanceof DecodingException
                    || cause instanceof HttpMessageNotReadableException) {
                return MALFORMED;
            }
        }
        return ERROR;
    }

    private static int statusOf(Throwable failure) {
        if (failure instanceof OpenAIServiceException service) {
            return service.statusCode();
        }
        if (failure instanceof RestClientResponseException response) {
            return response.getStatusCode().value();
        }
        if (failure instanceof WebClientResponseException response) {
            return response.getStatusCode().value();
        }
        return -1;
    }
}
