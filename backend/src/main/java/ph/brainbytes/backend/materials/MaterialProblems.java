package ph.brainbytes.backend.materials;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import ph.brainbytes.common.problem.ApiException;

/** The materials API's problems, in the caller's language. */
@Component
class MaterialProblems {

    private final MessageSource texts;

    MaterialProblems(MessageSource texts) {
        this.texts = texts;
    }

    /** Also for another teacher's material when they try to change it, so authorship cannot be probed. */
    ApiException notFound() {
        return problem(HttpStatus.NOT_FOUND, "material-not-found", "materials.not-found");
    }

    ApiException readOnly() {
        return problem(HttpStatus.FORBIDDEN, "material-read-only", "materials.read-only");
    }

    ApiException unsupportedType() {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", "materials.unsupported-type");
    }

    ApiException tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "materials.too-large");
    }

    ApiException unreadable() {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-file", "materials.unreadable");
    }

    /** Also 422 {@code unreadable-file}: to the uploader it is a file that could not be read. */
    ApiException tooSlowToRead() {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-file", "materials.too-slow-to-read");
    }

    ApiException bodyOfUpload() {
        return problem(HttpStatus.CONFLICT, "material-is-upload", "materials.body-of-upload");
    }

    ApiException invalidCursor() {
        return problem(HttpStatus.BAD_REQUEST, "invalid-cursor", "materials.invalid-cursor");
    }

    private ApiException problem(HttpStatus status, String slug, String key) {
        return new ApiException(status, slug, texts.getMessage(key, null, LocaleContextHolder.getLocale()));
    }
}
