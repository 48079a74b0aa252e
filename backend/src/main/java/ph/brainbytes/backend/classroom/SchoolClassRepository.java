package ph.brainbytes.backend.classroom;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolClassRepository extends JpaRepository<SchoolClass, UUID> {

    Optional<SchoolClass> findByJoinCode(String joinCode);

    List<SchoolClass> findByTeacherIdOrderByCreatedAtDesc(UUID teacherId);

    List<SchoolClass> findAllByOrderByCreatedAtDesc();

    boolean existsByJoinCode(String joinCode);

    /** The classes a learner belongs to, the most recently joined first. */
    @Query("""
            select c from SchoolClass c, ClassMember m
            where m.key.classId = c.id and m.key.userId = :userId
            order by m.joinedAt desc""")
    List<SchoolClass> joinedBy(UUID userId);
}
