package ph.brainbytes.backend.classroom;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.audit.AuditLog;
import ph.brainbytes.backend.audit.AuditType;

/**
 * A class's teacher (or an admin) takes a student out of it, e.g. one who joined by mistake. The class's rules stop
 * applying at once because they are looked up from the memberships on every question; the student may rejoin with the
 * code.
 */
@Service
class MemberRemoval {

    private final Classrooms classrooms;
    private final ClassMemberRepository members;
    private final ClassProblems problems;
    private final AuditLog audit;

    MemberRemoval(Classrooms classrooms, ClassMemberRepository members, ClassProblems problems, AuditLog audit) {
        this.classrooms = classrooms;
        this.members = members;
        this.problems = problems;
        this.audit = audit;
    }

    @Transactional
    void remove(Actor actor, UUID classId, UUID studentId) {
        classrooms.managed(actor, classId);
        if (members.deleteMembership(classId, studentId) == 0) {
            throw problems.notAMember();
        }
        // Ids only: the class id as detail names no person, and erasure forgets the actor and subject ids.
        audit.record(AuditType.CLASS_MEMBER_REMOVED, actor.id(), studentId, classId.toString());
    }
}
