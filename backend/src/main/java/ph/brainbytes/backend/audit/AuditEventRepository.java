package ph.brainbytes.backend.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, UUID> {

    Page<AuditEvent> findByType(String type, Pageable page);

    @Query("select e from AuditEvent e where e.actorId = :userId or e.subjectId = :userId order by e.occurredAt")
    List<AuditEvent> concerning(UUID userId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AuditEvent e set e.actorId = null, e.address = null where e.actorId = :userId")
    int forgetActor(UUID userId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AuditEvent e set e.subjectId = null, e.address = null where e.subjectId = :userId")
    int forgetSubject(UUID userId);
}
