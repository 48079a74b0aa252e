package ph.brainbytes.frontend.classes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ph.brainbytes.frontend.backend.ClassSettings;
import ph.brainbytes.frontend.backend.TeacherClass;

/** The class settings form; an empty field means the service default. The backend judges the ranges. */
record SettingsForm(String tutorMode, String questionsPerMinute, String questionsPerDay) {

    static final Set<String> FIELDS = Set.of("tutorMode", "questionsPerMinute", "questionsPerDay");

    static SettingsForm of(TeacherClass managed) {
        return new SettingsForm(
                managed.tutorMode(), text(managed.questionsPerMinute()), text(managed.questionsPerDay()));
    }

    /** A quota in words or a decimal never reaches the backend. */
    List<String> invalidFields() {
        List<String> invalid = new ArrayList<>();
        if (!FormNumbers.isEmptyOrWhole(questionsPerMinute)) {
            invalid.add("questionsPerMinute");
        }
        if (!FormNumbers.isEmptyOrWhole(questionsPerDay)) {
            invalid.add("questionsPerDay");
        }
        return invalid;
    }

    /** Only called once {@link #invalidFields()} is empty. */
    ClassSettings toSettings() {
        return new ClassSettings(
                FormNumbers.isBlank(tutorMode) ? null : tutorMode,
                FormNumbers.parse(questionsPerMinute),
                FormNumbers.parse(questionsPerDay));
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
