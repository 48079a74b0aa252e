package ph.brainbytes.backend.tutor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A question for the tutor with what it needs to know about the learner and the conversation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TutorRequest(String question, String mode, String subject, List<Turn> history, Learner learner) {

    /** A copy, so the conversation can go on while the request is under way. */
    public TutorRequest {
        history = List.copyOf(history);
    }

    public record Turn(String role, String text) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Learner(Integer gradeLevel, String preferredLanguage) {}
}
