package ph.brainbytes.ai.tutor;

import com.fasterxml.jackson.annotation.JsonValue;

/** Direct gives the whole worked answer; Socratic guides and holds the final result back. */
enum TutorMode {
    DIRECT("direct"),
    SOCRATIC("socratic");

    private final String code;

    TutorMode(String code) {
        this.code = code;
    }

    @JsonValue
    String code() {
        return code;
    }
}
