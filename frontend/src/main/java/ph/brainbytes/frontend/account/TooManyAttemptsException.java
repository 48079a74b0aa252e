package ph.brainbytes.frontend.account;

import org.springframework.security.core.AuthenticationException;

/** The backend rate-limited this account's log-in attempts (429). */
class TooManyAttemptsException extends AuthenticationException {

    TooManyAttemptsException() {
        super("too many log-in attempts");
    }
}
