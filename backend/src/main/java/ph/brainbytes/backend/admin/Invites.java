package ph.brainbytes.backend.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.audit.AuditLog;
import ph.brainbytes.backend.audit.AuditType;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.backend.user.Role;
import ph.brainbytes.common.problem.ApiException;

/** Teacher invites: created by an admin, shown once, spent by exactly one sign-up before they expire. */
@Service
public class Invites {

    /** Letters and digits that cannot be mistaken for each other when read aloud or copied from a board. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int CODE_LENGTH = 16;

    private final InviteRepository invites;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invites(InviteRepository invites, AuditLog audit, Texts texts, Clock clock) {
        this.invites = invites;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional
    Invite.InviteView create(UUID adminId, Duration validFor) {
        String code = newCode();
        Instant now = clock.instant();
        Invite invite = invites.save(new Invite(hash(code), Role.TEACHER.name(), adminId, now, now.plus(validFor)));
        audit.record(AuditType.INVITE_CREATED, adminId, null, invite.getId().toString());
        Invite.InviteView view = invite.view(now);
        return new Invite.InviteView(
                view.id(),
                view.role(),
                view.status(),
                view.createdBy(),
                view.createdAt(),
                view.expiresAt(),
                view.usedAt(),
                view.usedBy(),
                code);
    }

    @Transactional(readOnly = true)
    Page<Invite.InviteView> list(Pageable page) {
        Instant now = clock.instant();
        return invites.findAll(page).map(invite -> invite.view(now));
    }

    /** The role a still-usable {@code code} grants, or a 400 problem on the {@code inviteCode} field. */
    @Transactional(readOnly = true)
    public Role roleFor(String code) {
        return usable(code).map(invite -> Role.valueOf(invite.getRole())).orElseThrow(this::invalid);
    }

    /** Spends {@code code} for {@code userId} in the caller's transaction; fails if someone else got there first. */
    @Transactional
    public void spend(String code, UUID userId) {
        Invite invite = usable(code).orElseThrow(this::invalid);
        if (invites.spend(invite.getId(), userId, clock.instant()) == 0) {
            throw invalid();
        }
        audit.record(AuditType.INVITE_USED, userId, userId, invite.getId().toString());
    }

    private Optional<Invite> usable(String code) {
        Instant now = clock.instant();
        return invites.findByCodeHash(hash(normalise(code))).filter(invite -> invite.usableAt(now));
    }

    private ApiException invalid() {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-invite", texts.get("invite.invalid"));
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** People type codes in any case and with spaces or dashes. */
    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
