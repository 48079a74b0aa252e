package ph.brainbytes.ai.tutor;

import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The evaluation's door into the tutor pipeline, which is package-private: it asks the same
 * {@link TutorService} bean the endpoint uses, with a request as the backend would send it.
 */
public final class TutorPipeline {

    private final TutorService service;

    public TutorPipeline(ApplicationContext context) {
        this.service = context.getBean(TutorService.class);
    }

    /** A first question in a new conversation, direct mode, no learner profile. */
    public Reply ask(String question) {
        return ask(question, null);
    }

    /** As {@link #ask(String)}, with the conversation's subject as the backend would send it. */
    public Reply ask(String question, String subjectHint) {
        TutorAnswer answer = service.answer(new TutorRequest(question, null, subjectHint, null, null));
        return new Reply(
                answer.text(),
                answer.language().code(),
                answer.subject(),
                answer.questionType().code(),
                answer.provider(),
                answer.safety().flagged(),
                answer.safety().category() == null
                        ? null
                        : answer.safety().category().code(),
                answer.citations().stream().map(TutorAnswer.Citation::id).toList());
    }

    /** What the endpoint would have returned, in plain types. */
    public record Reply(
            String text,
            String language,
            String subject,
            String questionType,
            String provider,
            boolean flagged,
            String safetyCategory,
            List<String> citations) {}
}
