package ph.brainbytes.backend.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditEventRepository events;

    AuditController(AuditEventRepository events) {
        this.events = events;
    }

    /** Newest first; {@code type} is one of {@link AuditType}. */
    @GetMapping
    AuditPage list(
            @RequestParam(required = false) AuditType type,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt"));
        Page<AuditEvent> found = type == null ? events.findAll(request) : events.findByType(type.name(), request);
        return new AuditPage(found.map(AuditEvent::view).getContent(), page, size, found.getTotalElements());
    }

    record AuditPage(List<AuditEvent.AuditView> items, int page, int size, long totalItems) {}
}
