package ph.brainbytes.backend.classroom;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.privacy.PersonalData;

/** The classes a person joined or teaches; erasing ends the memberships and removes the classes they taught. */
@Component
class ClassMembershipData implements PersonalData {

    private final SchoolClassRepository classes;
    private final ClassMemberRepository members;

    ClassMembershipData(SchoolClassRepository classes, ClassMemberRepository members) {
        this.classes = classes;
        this.members = members;
    }

    @Override
    public String section() {
        return "classes";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID userId) {
        List<ClassViews.JoinedClass> joined = classes.joinedBy(userId).stream()
                .map(ClassViews.JoinedClass::of)
                .toList();
        List<ClassViews.ClassView> taught = classes.findByTeacherIdOrderByCreatedAtDesc(userId).stream()
                .map(ClassViews.ClassView::of)
                .toList();
        return new Export(joined, taught);
    }

    @Override
    @Transactional
    public void erase(UUID userId) {
        members.deleteByKeyUserId(userId);
        classes.deleteAll(classes.findByTeacherIdOrderByCreatedAtDesc(userId));
    }

    record Export(List<ClassViews.JoinedClass> joined, List<ClassViews.ClassView> taught) {}
}
