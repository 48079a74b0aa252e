package ph.brainbytes.frontend.chat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.util.UriUtils;
import ph.brainbytes.frontend.backend.ChatMessage;
import ph.brainbytes.frontend.backend.Citation;
import ph.brainbytes.frontend.backend.Exchange;
import ph.brainbytes.frontend.backend.Verdict;
import ph.brainbytes.frontend.markdown.SafeMarkdown;

/**
 * One message as the page shows it: a student's text as typed, a tutor's answer as safe HTML with the student's
 * verdict on it. Language and subject become message keys only when we know them, so an unexpected value from the
 * backend never shows up as a broken key.
 */
record MessageView(
        boolean fromTutor,
        String id,
        String text,
        String html,
        OffsetDateTime createdAt,
        String languageKey,
        String subjectKey,
        List<CitationLink> citations,
        boolean tutorUnavailable,
        String feedbackAction,
        Verdict verdict) {

    private static final Set<String> LANGUAGES = Set.of("en", "fil", "taglish");
    private static final Set<String> SUBJECTS =
            Set.of("math", "science", "english", "filipino", "social-studies", "general");
    private static final Set<String> TUTOR_ROLES = Set.of("tutor", "assistant");

    static MessageView of(ChatMessage message, String conversationId, Verdict verdict) {
        boolean tutor =
                message.role() != null && TUTOR_ROLES.contains(message.role().toLowerCase(Locale.ROOT));
        if (!tutor) {
            return student(message.id(), message.text(), message.createdAt());
        }
        return tutor(
                new Tutored(
                        message.id(),
                        message.text(),
                        message.createdAt(),
                        message.language(),
                        message.subject(),
                        message.citations(),
                        message.provider()),
                conversationId,
                verdict);
    }

    static List<MessageView> of(Exchange exchange, String conversationId) {
        Exchange.Answer answer = exchange.answer();
        Exchange.Question question = exchange.question();
        return List.of(
                student(question.id(), question.text(), question.createdAt()),
                tutor(
                        new Tutored(
                                answer.id(),
                                answer.text(),
                                question.createdAt(),
                                answer.language(),
                                answer.subject(),
                                answer.citations(),
                                answer.provider()),
                        conversationId,
                        null));
    }

    /** Whether the student found this answer helpful: null until they said. */
    public Boolean helpful() {
        return verdict == null ? null : verdict.helpful();
    }

    private static MessageView student(String id, String text, OffsetDateTime createdAt) {
        return new MessageView(false, id, text, null, createdAt, null, null, List.of(), false, null, null);
    }

    private static MessageView tutor(Tutored answer, String conversationId, Verdict verdict) {
        boolean unavailable = "unavailable".equals(answer.provider());
        return new MessageView(
                true,
                answer.id(),
                answer.text(),
                SafeMarkdown.toSafeHtml(answer.text(), "math".equals(answer.subject())),
                answer.createdAt(),
                LANGUAGES.contains(answer.language()) ? "language." + answer.language() : null,
                SUBJECTS.contains(answer.subject()) ? "subject." + answer.subject() : null,
                answer.citations() == null
                        ? List.of()
                        : answer.citations().stream().map(CitationLink::of).toList(),
                unavailable,
                // "the tutor could not answer" is no answer to rate
                unavailable || answer.id() == null || conversationId == null
                        ? null
                        : "/chat/" + segment(conversationId) + "/messages/" + segment(answer.id()) + "/feedback",
                verdict);
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, "UTF-8");
    }

    /** The parts of a tutor's answer the page uses, from either a stored message or a fresh exchange. */
    private record Tutored(
            String id,
            String text,
            OffsetDateTime createdAt,
            String language,
            String subject,
            List<Citation> citations,
            String provider) {}
}
