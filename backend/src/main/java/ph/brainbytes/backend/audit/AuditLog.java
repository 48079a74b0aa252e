package ph.brainbytes.backend.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records security events. Each is written in its own transaction, so a failing request still leaves its trace. */
@Service
public class AuditLog {

    private static final int DETAIL_MAX = 200;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** {@code actor} did it, {@code subject} is whom it concerns; either may be null. Never pass secrets. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditType type, UUID actor, UUID subject, String detail) {
        String clipped = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        events.save(new AuditEvent(clock.instant(), type, actor, subject, clientAddress(), clipped));
    }

    /** The address the servlet container reports; proxies are resolved by server.forward-headers-strategy. */
    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
