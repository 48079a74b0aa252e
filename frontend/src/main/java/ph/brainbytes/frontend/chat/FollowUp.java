package ph.brainbytes.frontend.chat;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * The "give me a hint" and "show the full solution" buttons. They send a follow-up written in the
 * student's page language, in the mode that fits: a hint keeps the tutor Socratic, a solution asks
 * for the whole worked answer.
 */
enum FollowUp {
    HINT("hint", "socratic"),
    SOLUTION("solution", "direct");

    private final String value;
    private final String mode;

    FollowUp(String value, String mode) {
        this.value = value;
        this.mode = mode;
    }

    /** A button value we do not know is treated as no button: the typed question is sent. */
    static Optional<FollowUp> of(String value) {
        for (FollowUp followUp : values()) {
            if (followUp.value.equals(value)) {
                return Optional.of(followUp);
            }
        }
        return Optional.empty();
    }

    /** The text the button sends, also shown on the page so the student sees what was asked. */
    String question(MessageSource messages, Locale locale) {
        return messages.getMessage("chat.followup." + value + ".question", null, locale);
    }

    AskForm apply(AskForm form, MessageSource messages, Locale locale) {
        return new AskForm(question(messages, locale), mode, form.idempotencyKey());
    }
}
