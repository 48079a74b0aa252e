package ph.brainbytes.frontend.chat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import ph.brainbytes.frontend.backend.ChatMessage;
import ph.brainbytes.frontend.backend.Citation;
import ph.brainbytes.frontend.backend.Exchange;
import ph.brainbytes.frontend.markdown.SafeMarkdown;

/**
 * One message as the page shows it: a student's text as typed, a tutor's answer as safe HTML. Language and subject become message keys only when we know
 * them, so an unexpected value from the backend never shows up as a broken key.
 */
record MessageView(
        boolean fromTutor,
        String text,
        String html,
        OffsetDateTime createdAt,
        String languageKey,
        String subjectKey,
        List<CitationLink> citations,
        boolean tutorUnavailable) {

    private static final Set<String> LANGUAGES = Set.of("en", "fil", "taglish");
    private static final Set<String> SUBJECTS =
            Set.of("math", "science", "english", "filipino", "social-studies", "general");
    private static final Set<String> TUTOR_ROLES = Set.of("tutor", "assistant");

    static MessageView of(ChatMessage message) {
        boolean tutor =
                message.role() != null && TUTOR_ROLES.contains(message.role().toLowerCase(java.util.Locale.ROOT));
        if (!tutor) {
            return student(message.text(), message.createdAt());
        }
        return tutor(
                message.text(),
                message.createdAt(),
                message.language(),
                message.subject(),
                message.citations(),
                message.provider());
    }

    static List<MessageView> of(Exchange exchange) {
        Exchange.Answer answer = exchange.answer();
        return List.of(
                student(exchange.question().text(), exchange.question().createdAt()),
                tutor(
                        answer.text(),
                        exchange.question().createdAt(),
                        answer.language(),
                        answer.subject(),
                        answer.citations(),
                        answer.provider()));
    }

    private static MessageView student(String text, OffsetDateTime createdAt) {
        return new MessageView(false, text, null, createdAt, null, null, List.of(), false);
    }

    private static MessageView tutor(
            String text,
            OffsetDateTime createdAt,
            String language,
            String subject,
            List<Citation> citations,
            String provider) {
        return new MessageView(
                true,
                text,
                SafeMarkdown.toSafeHtml(text),
                createdAt,
                LANGUAGES.contains(language) ? "language." + language : null,
                SUBJECTS.contains(subject) ? "subject." + subject : null,
                citations == null
                        ? List.of()
                        : citations.stream().map(CitationLink::of).toList(),
                "unavailable".equals(provider));
    }
}
