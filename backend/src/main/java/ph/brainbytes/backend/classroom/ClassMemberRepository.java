package ph.brainbytes.backend.classroom;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassMemberRepository extends JpaRepository<ClassMember, ClassMember.Key> {

    List<ClassMember> findByKeyClassIdOrderByJoinedAtAsc(UUID classId);

    List<ClassMember> findByKeyUserId(UUID userId);

    void deleteByKeyUserId(UUID userId);
}
