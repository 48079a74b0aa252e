package ph.brainbytes.frontend.materials;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.web.util.UriComponentsBuilder;
import ph.brainbytes.frontend.backend.MaterialQuery;

/**
 * The list page's GET form as it came in. A subject or grade outside the fixed choices is ignored (a
 * hand-edited address shows everything rather than an error); the competency is sent as typed.
 */
record ListFilter(String subject, Integer grade, String competency, String q) {

    static ListFilter of(String subject, String grade, String competency, String q) {
        return new ListFilter(
                Catalog.isOneOf(Catalog.SUBJECTS, subject) ? subject : null,
                Catalog.grade(grade),
                blankToNull(competency),
                blankToNull(q));
    }

    MaterialQuery query(String cursor) {
        return new MaterialQuery(subject, grade, competency, q, cursor);
    }

    /** The address of the page after {@code cursor}, keeping the filters. */
    String pageAfter(String cursor) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("subject", subject);
        values.put("grade", grade);
        values.put("competency", competency);
        values.put("q", q);
        values.put("cursor", cursor);
        values.values().removeIf(Objects::isNull);
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/materials");
        // as URI variables every reserved character of a search (&, +, =) is encoded
        values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
        return uri.encode().buildAndExpand(values).toUriString();
    }

    public boolean filtered() {
        return subject != null || grade != null || competency != null || q != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
