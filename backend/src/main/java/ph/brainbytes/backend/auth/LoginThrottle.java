package ph.brainbytes.backend.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.limits.Backoff;
import ph.brainbytes.backend.limits.BackoffLimiter;

/**
 * Slows password guessing per account and per client address, counted in the limits store so every instance sees
 * the same failures. A successful sign-in clears the account's count but not the address's, so an attacker cannot
 * reset it with an account of their own. Accounts are keyed by a hash of the e-mail, which keeps e-mail addresses
 * out of Redis.
 */
@Component
class LoginThrottle {

    private final BackoffLimiter limiter;
    private final Backoff perAccount;
    private final Backoff perAddress;

    LoginThrottle(LoginLimits limits, BackoffLimiter limiter) {
        this.limiter = limiter;
        this.perAccount = new Backoff(
                limits.failedLogins(), limits.failedLoginWindow(), limits.loginBackoff(), limits.loginBackoffMax());
        this.perAddress = new Backoff(
                limits.failedLoginsPerAddress(),
                limits.failedLoginWindow(),
                limits.loginBackoff(),
                limits.loginBackoffMax());
    }

    /** How long to wait before trying again, or empty if this account may try now from this address. */
    Optional<Duration> waitFor(String account, String address) {
        return Stream.of(
                        limiter.waitFor(accountKey(account), perAccount),
                        limiter.waitFor(addressKey(address), perAddress))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    void failed(String account, String address) {
        limiter.failed(accountKey(account), perAccount);
        limiter.failed(addressKey(address), perAddress);
    }

    void succeeded(String account) {
        limiter.clear(accountKey(account));
    }

    private static String accountKey(String account) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(account.getBytes(StandardCharsets.UTF_8));
            return "logins:account:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException required) {
            throw new IllegalStateException("every Java runtime has SHA-256", required);
        }
    }

    private static String addressKey(String address) {
        return "logins:address:" + address;
    }
}
