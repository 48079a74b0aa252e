package ph.brainbytes.backend.privacy;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, UUID> {

    List<Consent> findByUserIdOrderByAcceptedAt(UUID userId);

    void deleteByUserId(UUID userId);
}
