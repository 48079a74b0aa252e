package ph.brainbytes.frontend.materials;

import java.util.LinkedHashSet;
import java.util.Set;
import ph.brainbytes.frontend.backend.MaterialDetail;
import ph.brainbytes.frontend.backend.MaterialDraft;

/**
 * The write / upload / edit form as typed. The grade stays text so a tampered value is a field error
 * rather than a binding failure; the backend checks everything again and its refusals are translated.
 */
record MaterialForm(
        String title,
        String summary,
        String subject,
        String grade,
        String competency,
        String language,
        String markdown) {

    static MaterialForm empty(String language) {
        return new MaterialForm("", "", "", "", "", language, "");
    }

    static MaterialForm of(MaterialDetail material) {
        return new MaterialForm(
                material.title(),
                material.summary(),
                material.subject(),
                String.valueOf(material.grade()),
                material.competency(),
                material.language(),
                material.isMarkdown() ? material.body() : null);
    }

    /** Fields this page can already tell are wrong; {@code needsMarkdown} when there is no file to read instead. */
    Set<String> invalidFields(boolean needsMarkdown) {
        Set<String> invalid = new LinkedHashSet<>();
        if (isBlank(title)) {
            invalid.add("title");
        }
        if (!Catalog.isOneOf(Catalog.SUBJECTS, subject)) {
            invalid.add("subject");
        }
        if (gradeNumber() == null) {
            invalid.add("grade");
        }
        if (!Catalog.isOneOf(Catalog.LANGUAGES, language)) {
            invalid.add("language");
        }
        if (needsMarkdown && isBlank(markdown)) {
            invalid.add("markdown");
        }
        return invalid;
    }

    /** A new material; without Markdown when its text comes from an uploaded file. */
    MaterialDraft toDraft(boolean withMarkdown) {
        return new MaterialDraft(
                title.strip(),
                emptyToNull(summary),
                subject,
                gradeNumber(),
                emptyToNull(competency),
                language,
                withMarkdown ? markdown : null);
    }

    /** Every field is sent, so a cleared summary or competency is cleared; an upload's text is not replaceable. */
    MaterialDraft toChanges(boolean withMarkdown) {
        return new MaterialDraft(
                title.strip(),
                summary == null ? "" : summary.strip(),
                subject,
                gradeNumber(),
                competency == null ? "" : competency.strip(),
                language,
                withMarkdown ? markdown : null);
    }

    private Integer gradeNumber() {
        return Catalog.grade(grade);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
