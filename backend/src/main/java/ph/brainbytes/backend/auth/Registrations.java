package ph.brainbytes.backend.auth;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.admin.Invites;
import ph.brainbytes.backend.audit.AuditLog;
import ph.brainbytes.backend.audit.AuditType;
import ph.brainbytes.backend.privacy.Consents;
import ph.brainbytes.backend.user.NewAccount;
import ph.brainbytes.backend.user.Role;
import ph.brainbytes.backend.user.User;
import ph.brainbytes.backend.user.Users;

/**
 * Stores a new account with its spent invite and consent record, together or not at all. The password
 * arrives already hashed: hashing is slow on purpose and must not hold a database connection, or a
 * burst of sign-ups drains the pool for everyone.
 */
@Component
class Registrations {

    private final Users users;
    private final Invites invites;
    private final Consents consents;
    private final AuditLog audit;
    private final MeterRegistry meters;

    Registrations(Users users, Invites invites, Consents consents, AuditLog audit, MeterRegistry meters) {
        this.users = users;
        this.invites = invites;
        this.consents = consents;
        this.audit = audit;
        this.meters = meters;
    }

    @Transactional
    User store(AuthController.RegisterRequest request, String passwordHash) {
        String inviteCode =
                request.inviteCode() == null || request.inviteCode().isBlank() ? null : request.inviteCode();
        Role role = inviteCode == null ? Role.STUDENT : invites.roleFor(inviteCode);
        User user = users.create(new NewAccount(
                request.email(),
                passwordHash,
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
