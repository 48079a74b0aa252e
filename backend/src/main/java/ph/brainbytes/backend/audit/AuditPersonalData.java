package ph.brainbytes.backend.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.privacy.PersonalData;

/** A person sees the events about them; erasure keeps each event but forgets who and from where. */
@Component
class AuditPersonalData implements PersonalData {

    private final AuditEventRepository events;

    AuditPersonalData(AuditEventRepository events) {
        this.events = events;
    }

    @Override
    public String section() {
        return "audit";
    }

    @Override
    public List<AuditView> export(UUID userId) {
        return events.concerning(userId).stream().map(AuditEvent::view).toList();
    }

    @Override
    public void erase(UUID userId) {
        events.forgetActor(userId);
        events.forgetSubject(userId);
    }
}
