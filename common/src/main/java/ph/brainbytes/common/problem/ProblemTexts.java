package ph.brainbytes.common.problem;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Titles and fixed details of problems in the language of the request, from the service's message bundles
 * ({@code problem.title.<status>} and the codes the handlers name). A service without bundles, such as the
 * internal ai-service, answers in English.
 */
public final class ProblemTexts {

    private ProblemTexts() {}

    public static String title(@Nullable MessageSource messages, HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String english = known == null ? "HTTP " + status.value() : known.getReasonPhrase();
        return text(messages, "problem.title." + status.value(), english);
    }

    public static String text(@Nullable MessageSource messages, String code, String english, Object... arguments) {
        if (messages == null) {
            return english;
        }
        String text = messages.getMessage(code, arguments, english, LocaleContextHolder.getLocale());
        return text == null ? english : text;
    }
}
