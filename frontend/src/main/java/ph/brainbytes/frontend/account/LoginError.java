package ph.brainbytes.frontend.account;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;

/** Why a log-in failed, as far as the user needs to know; each has a message key. */
enum LoginError {
    CREDENTIALS("credentials"),
    TOO_MANY("too-many"),
    UNAVAILABLE("unavailable");

    private final String code;

    LoginError(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    String messageKey() {
        return "login.error." + code;
    }

    static LoginError of(AuthenticationException exception) {
        if (exception instanceof TooManyAttemptsException) {
            return TOO_MANY;
        }
        return exception instanceof AuthenticationServiceException ? UNAVAILABLE : CREDENTIALS;
    }

    static Optional<LoginError> fromCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }
}
