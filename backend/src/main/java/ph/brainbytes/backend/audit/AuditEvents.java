package ph.brainbytes.backend.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the log for the admin pages, which add what the log must not store, such as names. */
@Service
public class AuditEvents {

    private final AuditEventRepository events;

    AuditEvents(AuditEventRepository events) {
        this.events = events;
    }

    /** {@code type} null means every type. */
    @Transactional(readOnly = true)
    public Page<AuditView> newestFirst(AuditType type, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt"));
        Page<AuditEvent> found = type == null ? events.findAll(request) : events.findByType(type.name(), request);
        return found.map(AuditEvent::view);
    }
}
