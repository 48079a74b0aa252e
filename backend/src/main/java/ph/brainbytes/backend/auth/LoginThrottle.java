package ph.brainbytes.backend.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing per account and per client address, in memory (one instance is the embedded default).
 * A successful sign-in clears the account's count but not the address's, so an attacker cannot reset it with an
 * account of their own.
 */
@Component
class LoginThrottle {

    private final FailureBackoff accounts;
    private final FailureBackoff addresses;

    LoginThrottle(LoginLimits limits, Clock clock) {
        this.accounts = new FailureBackoff(
                limits.failedLogins(),
                limits.failedLoginWindow(),
                limits.loginBackoff(),
                limits.loginBackoffMax(),
                clock);
        this.addresses = new FailureBackoff(
                limits.failedLoginsPerAddress(),
                limits.failedLoginWindow(),
                limits.loginBackoff(),
                limits.loginBackoffMax(),
                clock);
    }

    /** How long to wait before trying again, or empty if this account may try now from this address. */
    Optional<Duration> waitFor(String account, String address) {
        return Stream.of(accounts.waitFor(account), addresses.waitFor(address))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    void failed(String account, String address) {
        accounts.failed(account);
        addresses.failed(address);
    }

    void succeeded(String account) {
        accounts.clear(account);
    }
}
