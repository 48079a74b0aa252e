package ph.brainbytes.frontend.backend;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A material as a teacher writes or changes it. {@code markdown} is null for an upload (its text comes
 * from the file); in an edit, an empty summary or competency clears it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaterialDraft(
        String title,
        String summary,
        String subject,
        Integer grade,
        String competency,
        String language,
        String markdown) {}
