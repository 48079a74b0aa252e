package ph.brainbytes.ai.classify;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of question the learner asked, which decides how the tutor answers. */
public enum QuestionType {
    ARITHMETIC("arithmetic"),
    EQUATION("equation"),
    WORD_PROBLEM("word-problem"),
    CONCEPT("concept"),
    GREETING("greeting"),
    OTHER("other");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
