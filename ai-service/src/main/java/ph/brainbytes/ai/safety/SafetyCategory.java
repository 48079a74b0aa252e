package ph.brainbytes.ai.safety;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why the safety screen stepped in, most urgent first. */
public enum SafetyCategory {
    SELF_HARM("self-harm", true),
    ABUSE("abuse", true),
    RULE_OVERRIDE("rule-override", false),
    GRADED_WORK("graded-work", false);

    private final String code;
    private final boolean flagsTeacher;

    SafetyCategory(String code, boolean flagsTeacher) {
        this.code = code;
        this.flagsTeacher = flagsTeacher;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Whether a teacher should be told: a learner may be in danger. */
    public boolean flagsTeacher() {
        return flagsTeacher;
    }
}
