package ph.brainbytes.backend.classroom;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.conversation.LearnerActivity;
import ph.brainbytes.backend.user.User;
import ph.brainbytes.backend.user.Users;

/** What a class's teacher sees of its members: who they are, how much they ask, and what the tutor flagged. */
@Service
class ClassRoster {

    /** "Today" is the school day in the Philippines, wherever the server runs. */
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Manila");

    private final Classrooms classrooms;
    private final ClassMemberRepository members;
    private final LearnerActivity activity;
    private final Users users;
    private final Clock clock;

    ClassRoster(
            Classrooms classrooms, ClassMemberRepository members, LearnerActivity activity, Users users, Clock clock) {
        this.classrooms = classrooms;
        this.members = members;
        this.activity = activity;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ClassViews.Member> members(Actor actor, UUID classId) {
        List<ClassMember> joined = memberships(actor, classId);
        Map<UUID, User> people = people(joined);
        var since = LocalDate.now(clock.withZone(SCHOOL_ZONE))
                .atStartOfDay(SCHOOL_ZONE)
                .toInstant();
        Map<UUID, LearnerActivity.Activity> counts = activity.activityOf(people.keySet(), since);
        return joined.stream()
                .map(member -> {
                    User user = people.get(member.userId());
                    LearnerActivity.Activity seen = counts.get(member.userId());
                    return new ClassViews.Member(
                            member.userId(),
                            user.getDisplayName(),
                            user.getGradeLevel(),
                            member.joinedAt(),
                            seen == null ? null : seen.lastQuestionAt(),
                            seen == null ? 0 : seen.questionsSince(),
                            seen == null ? 0 : seen.questionsTotal());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    List<ClassViews.Flag> flags(Actor actor, UUID classId) {
        Map<UUID, User> people = people(memberships(actor, classId));
        return activity.flagsOf(people.keySet()).stream()
                .map(flag -> new ClassViews.Flag(
                        flag.learnerId(),
                        people.get(flag.learnerId()).getDisplayName(),
                        flag.conversationId(),
                        flag.answerId(),
                        flag.category(),
                        flag.flaggedAt(),
                        flag.question()))
                .toList();
    }

    private List<ClassMember> memberships(Actor actor, UUID classId) {
        classrooms.managed(actor, classId);
        return members.findByKeyClassIdOrderByJoinedAtAsc(classId);
    }

    private Map<UUID, User> people(List<ClassMember> joined) {
        return joined.stream()
                .map(member -> users.findById(member.userId()).orElseThrow())
                .collect(Collectors.toMap(User::getId, Function.identity()));
    }
}
