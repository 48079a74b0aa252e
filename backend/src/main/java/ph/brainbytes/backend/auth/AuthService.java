package ph.brainbytes.backend.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.admin.Invites;
import ph.brainbytes.backend.audit.AuditLog;
import ph.brainbytes.backend.audit.AuditType;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.backend.limits.Rate;
import ph.brainbytes.backend.limits.RateLimiter;
import ph.brainbytes.backend.privacy.Consents;
import ph.brainbytes.backend.user.NewAccount;
import ph.brainbytes.backend.user.Role;
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
    private final Invites invites;
    private final Consents consents;
    private final AuditLog audit;
    private final Texts texts;
    private final MeterRegistry meters;
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
            Invites invites,
            Consents consents,
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
        this.invites = invites;
        this.consents = consents;
        this.audit = audit;
        this.texts = texts;
        this.meters = meters;
        this.loginSuccesses = meters.counter("brainbytes.auth.logins", "outcome", "success");
        this.loginFailures = meters.counter("brainbytes.auth.logins", "outcome", "failure");
        this.loginsThrottled = meters.counter("brainbytes.auth.logins", "outcome", "throttled");
        this.decoyHash = passwords.encode("decoy password that nobody has");
    }

    /** Account, spent invite and consent record are stored together or not at all. */
    @Transactional
    User register(AuthController.RegisterRequest request, String address) {
        registrationLimiter
                .tryTake("registrations:" + address, registrationsPerAddress)
                .ifPresent(wait -> {
                    throw new TooManyRequestsException(texts.get("auth.too-many-registrations"), wait);
                });
        String inviteCode =
                request.inviteCode() == null || request.inviteCode().isBlank() ? null : request.inviteCode();
        Role role = inviteCode == null ? Role.STUDENT : invites.roleFor(inviteCode);
        User user = users.create(new NewAccount(
                request.email(),
                passwords.encode(request.password()),
                request.displayName(),
                request.gradeLevel(),
                request.preferredLanguage(),
                role,
                request.birthYear()));
        if (inviteCode != null) {
            invites.spend(inviteCode, user.getId());
        }
        AuthController.ConsentRequest consent = request.consent();
        consents.record(user.getId(), blankToNull(consent.guardianName()), blankToNull(consent.guardianEmail()));
        audit.record(AuditType.REGISTERED, user.getId(), user.getId(), role.name());
        meters.counter("brainbytes.auth.registrations", "role", role.name().toLowerCase(Locale.ROOT))
                .increment();
        return user;
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {}
}
