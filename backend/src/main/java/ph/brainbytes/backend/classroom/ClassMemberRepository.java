package ph.brainbytes.backend.classroom;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClassMemberRepository extends JpaRepository<ClassMember, ClassMember.Key> {

    List<ClassMember> findByKeyClassIdOrderByJoinedAtAsc(UUID classId);

    List<ClassMember> findByKeyUserId(UUID userId);

    void deleteByKeyUserId(UUID userId);

    /** One statement for leaving and removal alike; 0 when the student was not in the class. */
    @Modifying
    @Query("delete from ClassMember m where m.key.classId = :classId and m.key.userId = :userId")
    int deleteMembership(UUID classId, UUID userId);
}
