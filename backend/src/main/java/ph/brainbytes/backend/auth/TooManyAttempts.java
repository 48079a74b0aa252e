package ph.brainbytes.backend.auth;

import java.time.Duration;
import ph.brainbytes.common.problem.TooManyRequestsException;

/** Sign-in is paused for this account; the 429 tells clients how long to wait. */
class TooManyAttempts extends TooManyRequestsException {

    TooManyAttempts(Duration retryAfter) {
        super("Too many wrong passwords for this account. Please wait a few minutes and try again.", retryAfter);
    }
}
