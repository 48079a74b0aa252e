package ph.brainbytes.backend.auth;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import ph.brainbytes.common.problem.ApiException;

/** Sign-in is paused for this account; clients should wait {@link #retryAfter()}. */
class TooManyAttempts extends ApiException {

    private final Duration retryAfter;

    TooManyAttempts(Duration retryAfter) {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-requests",
                "Too many wrong passwords for this account. Please wait a few minutes and try again.");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
