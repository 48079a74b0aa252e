package ph.brainbytes.backend.auth;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.audit.AuditLog;
import ph.brainbytes.backend.audit.AuditType;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.backend.user.User;
import ph.brainbytes.backend.user.Users;
import ph.brainbytes.common.problem.ApiException;

/** A new password ends every session: refresh tokens are revoked and earlier access tokens refused. */
@Service
class PasswordChanges {

    private final Users users;
    private final PasswordEncoder passwords;
    private final RefreshTokens refreshTokens;
    private final AuditLog audit;
    private final Texts texts;

    PasswordChanges(Users users, PasswordEncoder passwords, RefreshTokens refreshTokens, AuditLog audit, Texts texts) {
        this.users = users;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional
    void change(UUID userId, String currentPassword, String newPassword) {
        User user = users.findById(userId)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not-found", texts.get("user.not-found")));
        if (!passwords.matches(currentPassword, user.getPasswordHash())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "wrong-password", texts.get("auth.wrong-password"));
        }
        users.changePassword(userId, passwords.encode(newPassword));
        refreshTokens.revokeAll(userId);
        audit.record(AuditType.PASSWORD_CHANGED, userId, userId, null);
    }
}
