package ph.brainbytes.ai.tutor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A question from the backend, as described in docs/internal-api.md. */
record TutorRequest(
        @NotBlank @Size(max = 4000) String question,

        @Pattern(regexp = "direct|socratic", message = "must be direct or socratic")
        String mode,

        @Size(max = 40) String subject,
        @Size(max = 20) List<@Valid @NotNull Turn> history,
        @Valid Learner learner) {

    TutorRequest {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** One earlier message of the conversation. */
    record Turn(
            @NotNull @Pattern(regexp = "student|tutor", message = "must be student or tutor")
            String role,

            // Earlier tutor answers can be long worked solutions; refusing them would block the next question.
            @NotNull @Size(max = 20000) String text) {}

    /** What the backend knows about the learner. */
    record Learner(
            @Min(1) @Max(13) Integer gradeLevel,

            @Pattern(regexp = "en|fil", message = "must be en or fil")
            String preferredLanguage) {}

    TutorMode effectiveMode() {
        return "socratic".equals(mode) ? TutorMode.SOCRATIC : TutorMode.DIRECT;
    }

    String preferredLanguage() {
        return learner == null ? null : learner.preferredLanguage();
    }
}
