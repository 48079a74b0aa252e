package ph.brainbytes.backend.classroom;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import ph.brainbytes.common.problem.ApiException;

/** The classes API's problems, in the caller's language. */
@Component
class ClassProblems {

    private final MessageSource texts;

    ClassProblems(MessageSource texts) {
        this.texts = texts;
    }

    /** Also for another teacher's class, so class ids cannot be probed. */
    ApiException notFound() {
        return problem(HttpStatus.NOT_FOUND, "class-not-found", "classes.not-found");
    }

    /** The class is the caller's, but the student is not (or no longer) in it. */
    ApiException notAMember() {
        return problem(HttpStatus.NOT_FOUND, "class-member-not-found", "classes.member-not-found");
    }

    ApiException unknownCode() {
        return problem(HttpStatus.NOT_FOUND, "join-code-unknown", "classes.join-code-unknown");
    }

    private ApiException problem(HttpStatus status, String slug, String key) {
        return new ApiException(status, slug, texts.getMessage(key, null, LocaleContextHolder.getLocale()));
    }
}
