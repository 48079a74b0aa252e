package ph.brainbytes.frontend.classes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The new-class form. The backend checks it again; here the page gets quick, translated errors. */
record ClassForm(String name, String subject, String gradeLevel) {

    static final Set<String> FIELDS = Set.of("name", "subject", "gradeLevel");
    private static final int MAX_NAME = 100;
    private static final int HIGHEST_GRADE = 13;

    static ClassForm empty() {
        return new ClassForm("", "", "");
    }

    List<String> invalidFields() {
        List<String> invalid = new ArrayList<>();
        if (trimmedName().isEmpty() || trimmedName().length() > MAX_NAME) {
            invalid.add("name");
        }
        if (subjectOrNull() != null && !TeacherClassController.SUBJECTS.contains(subject)) {
            invalid.add("subject");
        }
        if (!FormNumbers.isEmptyOrWithin(gradeLevel, 1, HIGHEST_GRADE)) {
            invalid.add("gradeLevel");
        }
        return invalid;
    }

    String trimmedName() {
        return name == null ? "" : name.strip();
    }

    /** "Any subject" is an empty choice. */
    String subjectOrNull() {
        return subject == null || subject.isBlank() ? null : subject;
    }

    /** Only called once {@link #invalidFields()} is empty. */
    Integer grade() {
        return FormNumbers.parse(gradeLevel);
    }
}
