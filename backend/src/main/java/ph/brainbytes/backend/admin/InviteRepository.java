package ph.brainbytes.backend.admin;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InviteRepository extends JpaRepository<Invite, UUID> {

    Optional<Invite> findByCodeHash(String codeHash);

    /** Spends the invite only if nobody did so first and it has not expired; 0 means it cannot be used. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Invite i set i.usedAt = :now, i.usedBy = :userId
            where i.id = :id and i.usedAt is null and i.expiresAt > :now
            """)
    int spend(UUID id, UUID userId, Instant now);
}
