package ph.brainbytes.backend.classroom;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and running classes; a teacher sees only their own, an admin all. */
@Service
class Classrooms {

    /** A collision among 8.5 × 10^11 codes is rare; a few redraws make it vanish. */
    private static final int CODE_ATTEMPTS = 5;

    private final SchoolClassRepository classes;
    private final ClassMemberRepository members;
    private final JoinCodes codes;
    private final ClassProblems problems;
    private final Clock clock;

    Classrooms(
            SchoolClassRepository classes,
            ClassMemberRepository members,
            JoinCodes codes,
            ClassProblems problems,
            Clock clock) {
        this.classes = classes;
        this.members = members;
        this.codes = codes;
        this.problems = problems;
        this.clock = clock;
    }

    @Transactional
    SchoolClass create(Actor teacher, ClassController.NewClass request) {
        SchoolClass created = new SchoolClass(
                teacher.id(),
                request.name().strip(),
                request.subject(),
                request.gradeLevel(),
                unusedCode(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        return classes.saveAndFlush(created);
    }

    @Transactional(readOnly = true)
    List<SchoolClass> visibleTo(Actor actor) {
        return actor.admin()
                ? classes.findAllByOrderByCreatedAtDesc()
                : classes.findByTeacherIdOrderByCreatedAtDesc(actor.id());
    }

    @Transactional(readOnly = true)
    SchoolClass managed(Actor actor, UUID classId) {
        return classes.findById(classId)
                .filter(c -> actor.admin() || c.getTeacherId().equals(actor.id()))
                .orElseThrow(problems::notFound);
    }

    @Transactional
    SchoolClass configure(Actor actor, UUID classId, ClassController.Settings settings) {
        SchoolClass managed = managed(actor, classId);
        managed.configure(settings.tutorMode(), settings.questionsPerMinute(), settings.questionsPerDay());
        return managed;
    }

    @Transactional
    SchoolClass regenerateCode(Actor actor, UUID classId) {
        SchoolClass managed = managed(actor, classId);
        managed.newJoinCode(unusedCode());
        return managed;
    }

    /** Joining twice is harmless: the student simply stays a member. */
    @Transactional
    SchoolClass join(UUID studentId, String typedCode) {
        SchoolClass joined =
                classes.findByJoinCode(JoinCodes.normalise(typedCode)).orElseThrow(problems::unknownCode);
        ClassMember.Key key = new ClassMember.Key(joined.getId(), studentId);
        if (!members.existsById(key)) {
            members.save(
                    new ClassMember(joined.getId(), studentId, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        }
        return joined;
    }

    @Transactional
    void leave(UUID studentId, UUID classId) {
        if (members.deleteMembership(classId, studentId) == 0) {
            throw problems.notFound();
        }
    }

    @Transactional(readOnly = true)
    List<SchoolClass> joinedBy(UUID studentId) {
        return classes.joinedBy(studentId);
    }

    private String unusedCode() {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String code = codes.next();
            if (!classes.existsByJoinCode(code)) {
                return code;
            }
        }
        // Only reachable with a broken random source; the unique index would refuse a duplicate anyway.
        throw new DataIntegrityViolationException("no unused join code found");
    }
}
