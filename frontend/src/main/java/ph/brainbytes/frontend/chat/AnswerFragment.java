package ph.brainbytes.frontend.chat;

import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The tutor's finished answer as the same {@code <li>} the page renders, for a stream that ends
 * after the request thread has gone (so it needs no web context: the fragment uses no links).
 */
@Component
class AnswerFragment {

    private final ITemplateEngine templates;

    AnswerFragment(ITemplateEngine templates) {
        this.templates = templates;
    }

    String render(MessageView answer, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("answer", answer);
        return templates.process("chat/fragments", Set.of("answer"), context).strip();
    }
}
