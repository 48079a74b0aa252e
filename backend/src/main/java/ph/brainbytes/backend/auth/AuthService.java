package ph.brainbytes.backend.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import ph.brainbytes.backend.user.NewAccount;
import ph.brainbytes.backend.user.User;
import ph.brainbytes.backend.user.Users;
import ph.brainbytes.common.problem.ApiException;

@Service
class AuthService {

    private final Users users;
    private final PasswordEncoder passwords;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final Counter registrations;
    private final Counter loginSuccesses;
    private final Counter loginFailures;
    /** Checked against unknown e-mails so they take as long as wrong passwords. */
    private final String decoyHash;

    AuthService(
            Users users,
            PasswordEncoder passwords,
            AccessTokens accessTokens,
            RefreshTokens refreshTokens,
            LoginThrottle throttle,
            MeterRegistry meters) {
        this.users = users;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.registrations = meters.counter("brainbytes.auth.registrations");
        this.loginSuccesses = meters.counter("brainbytes.auth.logins", "outcome", "success");
        this.loginFailures = meters.counter("brainbytes.auth.logins", "outcome", "failure");
        this.decoyHash = passwords.encode("decoy password that nobody has");
    }

    User register(AuthController.RegisterRequest request) {
        User user = users.create(new NewAccount(
                request.email(),
                passwords.encode(request.password()),
                request.displayName(),
                request.gradeLevel(),
                request.preferredLanguage()));
        registrations.increment();
        return user;
    }

    TokenPair login(String email, String password) {
        String account = Users.normaliseEmail(email);
        throttle.waitFor(account).ifPresent(wait -> {
            throw new TooManyAttempts(wait);
        });
        User user = users.findByEmail(account).orElse(null);
        String hash = user == null ? decoyHash : user.getPasswordHash();
        if (!passwords.matches(password, hash) || user == null) {
            loginFailures.increment();
            throttle.failed(account);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "bad-credentials", "Wrong e-mail address or password.");
        }
        throttle.succeeded(account);
        loginSuccesses.increment();
        return pair(user, refreshTokens.issue(user.getId()));
    }

    TokenPair refresh(String refreshToken) {
        RefreshTokens.Rotated rotated = refreshTokens.rotate(refreshToken).orElseThrow(() -> invalidRefreshToken());
        User user = users.findById(rotated.userId()).orElseThrow(AuthService::invalidRefreshToken);
        return pair(user, rotated.refreshToken());
    }

    void logout(String refreshToken) {
        refreshTokens.revoke(refreshToken);
    }

    private TokenPair pair(User user, String refreshToken) {
        return new TokenPair(accessTokens.mint(user), refreshToken, "Bearer", accessTokens.lifetimeSeconds());
    }

    private static ApiException invalidRefreshToken() {
        return new ApiException(
                HttpStatus.UNAUTHORIZED,
                "invalid-refresh-token",
                "This session has ended or the token was already used. Please sign in again.");
    }

    record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {}
}
