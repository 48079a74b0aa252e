package ph.brainbytes.backend.user;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AvatarRepository extends JpaRepository<Avatar, UUID> {}
