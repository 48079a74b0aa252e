package ph.brainbytes.backend.materials;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialFileRepository extends JpaRepository<MaterialFile, UUID> {}
