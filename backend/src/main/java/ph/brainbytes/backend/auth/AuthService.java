package ph.brainbytes.backend.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import ph.brainbytes.backend.audit.AuditLog;
import ph.brainbytes.backend.audit.AuditType;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.backend.limits.Rate;
import ph.brainbytes.backend.limits.RateLimiter;
import ph.brainbytes.backend.user.User;
import ph.brainbytes.backend.user.Users;
import ph.brainbytes.common.problem.ApiException;
import ph.brainbytes.common.problem.TooManyRequestsException;

@Service
class AuthService {

    private final Users users;
    private final PasswordEncoder passwords;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final RateLimiter registrationLimiter;
    private final List<Rate> registrationsPerAddress;
    private final Registrations registrations;
    private final AuditLog audit;
    private final Texts texts;
    private final Counter loginSuccesses;
    private final Counter loginFailures;
    private final Counter loginsThrottled;
    /** Checked against unknown e-mails so they take as long as wrong passwords. */
    private final String decoyHash;

    AuthService(
            Users users,
            PasswordEncoder passwords,
            AccessTokens accessTokens,
            RefreshTokens refreshTokens,
            LoginThrottle throttle,
            RateLimiter registrationLimiter,
            LoginLimits limits,
            Registrations registrations,
            AuditLog audit,
            Texts texts,
            MeterRegistry meters) {
        this.users = users;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.registrationLimiter = registrationLimiter;
        this.registrationsPerAddress = List.of(new Rate(limits.registrationsPerAddress(), limits.registrationWindow()));
        this.registrations = registrations;
        this.audit = audit;
        this.texts = texts;
        this.loginSuccesses = meters.counter("brainbytes.auth.logins", "outcome", "success");
        this.loginFailures = meters.counter("brainbytes.auth.logins", "outcome", "failure");
        this.loginsThrottled = meters.counter("brainbytes.auth.logins", "outcome", "throttled");
        this.decoyHash = passwords.encode("decoy password that nobody has");
    }

    /** Refused over the address's limit before any work; the slow hash is made before the transaction opens. */
    User register(AuthController.RegisterRequest request, String address) {
        registrationLimiter
                .tryTake("registrations:" + address, registrationsPerAddress)
                .ifPresent(wait -> {
                    throw new TooManyRequestsException(texts.get("auth.too-many-registrations"), wait);
                });
        return registrations.store(request, passwords.encode(request.password()));
    }

    TokenPair login(String email, String password, String address) {
        String account = Users.normaliseEmail(email);
        throttle.waitFor(account, address).ifPresent(wait -> {
            loginsThrottled.increment();
            audit.record(AuditType.LOGIN_THROTTLED, null, idOf(account), null);
            throw new TooManyRequestsException(texts.get("auth.too-many-attempts"), wait);
        });
        User user = users.findByEmail(account).orElse(null);
        String hash = user == null ? decoyHash : user.getPasswordHash();
        if (!passwords.matches(password, hash) || user == null) {
            loginFailures.increment();
            throttle.failed(account, address);
            audit.record(AuditType.LOGIN_FAILED, null, user == null ? null : user.getId(), null);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "bad-credentials", texts.get("auth.bad-credentials"));
        }
        throttle.succeeded(account);
        loginSuccesses.increment();
        audit.record(AuditType.LOGIN_SUCCEEDED, user.getId(), user.getId(), null);
        return pair(user, refreshTokens.issue(user.getId()));
    }

    TokenPair refresh(String refreshToken) {
        RefreshTokens.Rotated rotated = refreshTokens.rotate(refreshToken).orElseThrow(this::invalidRefreshToken);
        User user = users.findById(rotated.userId()).orElseThrow(this::invalidRefreshToken);
        return pair(user, rotated.refreshToken());
    }

    void logout(String refreshToken) {
        refreshTokens.revoke(refreshToken).ifPresent(userId -> audit.record(AuditType.LOGOUT, userId, userId, null));
    }

    private UUID idOf(String account) {
        return users.findByEmail(account).map(User::getId).orElse(null);
    }

    private TokenPair pair(User user, String refreshToken) {
        return new TokenPair(accessTokens.mint(user), refreshToken, "Bearer", accessTokens.lifetimeSeconds());
    }

    private ApiException invalidRefreshToken() {
        return new ApiException(
                HttpStatus.UNAUTHORIZED, "invalid-refresh-token", texts.get("auth.invalid-refresh-token"));
    }

    record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {}
}
