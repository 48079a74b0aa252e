package ph.brainbytes.backend.user;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.audit.AuditLog;
import ph.brainbytes.backend.audit.AuditType;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.backend.privacy.PrivacyRequests;
import ph.brainbytes.common.problem.ApiException;

/** Erasure on request (RA 10173): every feature's data, then the account; only an anonymous event remains. */
@Service
class AccountDeletion {

    private final Users users;
    private final PasswordEncoder passwords;
    private final PrivacyRequests privacy;
    private final AuditLog audit;
    private final Texts texts;

    AccountDeletion(Users users, PasswordEncoder passwords, PrivacyRequests privacy, AuditLog audit, Texts texts) {
        this.users = users;
        this.passwords = passwords;
        this.privacy = privacy;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional
    void delete(UUID userId, String password) {
        User user = users.findById(userId)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not-found", texts.get("user.not-found")));
        if (!passwords.matches(password, user.getPasswordHash())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "wrong-password", texts.get("auth.wrong-password"));
        }
        String role = user.getRole();
        privacy.erase(userId);
        users.delete(userId);
        audit.record(AuditType.ACCOUNT_DELETED, null, null, role);
    }

    PrivacyRequests.Export export(UUID userId) {
        audit.record(AuditType.DATA_EXPORTED, userId, userId, null);
        return privacy.export(userId);
    }
}
