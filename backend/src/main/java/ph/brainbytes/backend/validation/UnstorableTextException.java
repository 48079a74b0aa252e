package ph.brainbytes.backend.validation;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string that breaks the {@link StorableText} rule; Jackson adds the path to the field as it unwinds. */
final class UnstorableTextException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    UnstorableTextException(JsonParser parser) {
        super(parser, "text with control characters or broken Unicode is not accepted", String.class);
    }

    /** The field as clients name it in error maps: {@code consent.guardianName}, {@code items[2]}. */
    String field() {
        return getPath().stream()
                .map(UnstorableTextException::segment)
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String segment(JacksonException.Reference reference) {
        return reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]";
    }
}
