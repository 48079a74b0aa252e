package ph.brainbytes.common.problem;

import java.text.MessageFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Titles and fixed details of problems in the language of the request, from the service's message bundles
 * ({@code problem.title.<status>} and the codes the handlers name). A service without bundles, such as the
 * internal ai-service, answers in English.
 */
public final class ProblemTexts {

    private ProblemTexts() {}

    /** A problem titled after its status, whose detail is the bundle's text for {@code code}. */
    public static ProblemDetail problem(
            @Nullable MessageSource messages,
            HttpStatusCode status,
            String slug,
            String code,
            String english,
            Object... arguments) {
        return Problems.of(status, slug, title(messages, status), text(messages, code, english, arguments));
    }

    /** The one refusal of a signed-in caller without the right, whether a security filter or a controller says it. */
    public static ProblemDetail forbidden(@Nullable MessageSource messages) {
        return problem(messages, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden", "You may not do this.");
    }

    public static String title(@Nullable MessageSource messages, HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String english = known == null ? "HTTP " + status.value() : known.getReasonPhrase();
        return text(messages, "problem.title." + status.value(), english);
    }

    public static String text(@Nullable MessageSource messages, String code, String english, Object... arguments) {
        if (messages == null) {
            return arguments.length == 0 ? english : new MessageFormat(english, Locale.ROOT).format(arguments);
        }
        String text = messages.getMessage(code, arguments, english, LocaleContextHolder.getLocale());
        return text == null ? english : text;
    }
}
