package ph.brainbytes.backend.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ph.brainbytes.backend.audit.AuditEvents;
import ph.brainbytes.backend.audit.AuditType;
import ph.brainbytes.backend.audit.AuditView;
import ph.brainbytes.backend.user.Users;

/**
 * The audit log for admins. It lives here rather than in {@code audit} because it needs {@code user} for names, and
 * {@code user} already records audit events.
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AdminAuditController {

    private final AuditEvents events;
    private final Users users;

    AdminAuditController(AuditEvents events, Users users) {
        this.events = events;
        this.users = users;
    }

    /** Newest first; {@code type} is one of {@link AuditType}. Names are today's, looked up for the whole page. */
    @GetMapping
    AuditPage list(
            @RequestParam(required = false) AuditType type,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Page<AuditView> found = events.newestFirst(type, page, size);
        Set<UUID> people = new HashSet<>();
        found.forEach(event -> {
            people.add(event.actorId());
            people.add(event.subjectId());
        });
        people.remove(null);
        Map<UUID, String> names = users.displayNames(people);
        List<AuditItem> items = found.map(event -> AuditItem.of(event, names)).getContent();
        return new AuditPage(items, page, size, found.getTotalElements());
    }

    /** An event with the current names of its users; a name is null when the account is gone. */
    record AuditItem(
            UUID id,
            Instant occurredAt,
            String type,
            UUID actorId,
            String actorName,
            UUID subjectId,
            String subjectName,
            String address,
            String detail) {

        static AuditItem of(AuditView event, Map<UUID, String> names) {
            return new AuditItem(
                    event.id(),
                    event.occurredAt(),
                    event.type(),
                    event.actorId(),
                    nameOf(event.actorId(), names),
                    event.subjectId(),
                    nameOf(event.subjectId(), names),
                    event.address(),
                    event.detail());
        }

        private static String nameOf(UUID id, Map<UUID, String> names) {
            return id == null ? null : names.get(id);
        }
    }

    record AuditPage(List<AuditItem> items, int page, int size, long totalItems) {}
}
