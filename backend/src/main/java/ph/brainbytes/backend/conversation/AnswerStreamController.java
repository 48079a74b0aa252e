package ph.brainbytes.backend.conversation;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import ph.brainbytes.backend.user.SignedIn;

/**
 * Asking with the answer streamed as server-sent events: {@code delta} events with {@code {text}}
 * as the tutor writes, then one {@code answer} event with the same body as the non-streamed POST.
 * The question is stored before the stream opens and the answer before the last event, so a student
 * who closes the page loses nothing.
 */
@RestController
@RequestMapping("/api/v1/conversations")
class AnswerStreamController {

    private static final Logger log = LoggerFactory.getLogger(AnswerStreamController.class);

    /** Longer than the ai-service ever takes, retries included; the stream is then closed regardless. */
    private static final Duration STREAM_LIMIT = Duration.ofMinutes(2);

    private final Questions questions;
    private final AsyncTaskExecutor executor;

    AnswerStreamController(
            Questions questions,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) AsyncTaskExecutor executor) {
        this.questions = questions;
        this.executor = executor;
    }

    @PostMapping(path = "/{id}/messages/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter ask(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable UUID id,
            @Valid @RequestBody ConversationController.NewQuestion body) {
        // Before the stream opens, so an unknown conversation is still a plain 404 problem.
        Questions.Pending pending = questions.store(SignedIn.id(jwt), id, body.text(), body.mode());
        SseEmitter emitter = new SseEmitter(STREAM_LIMIT.toMillis());
        executor.execute(() -> relay(pending, emitter));
        return emitter;
    }

    private void relay(Questions.Pending pending, SseEmitter emitter) {
        Client client = new Client(emitter);
        try {
            Views.Exchange exchange = questions.answer(pending, text -> client.send("delta", Map.of("text", text)));
            client.send("answer", exchange);
            emitter.complete();
        } catch (RuntimeException failure) {
            // The tutor's own failures already became the stand-in answer; this is storage failing.
            log.warn("streamed answer failed: {}", failure.toString());
            emitter.completeWithError(failure);
        }
    }

    /** The student's end of the stream; once it is gone, the answer is still read and stored. */
    private static final class Client {

        private final SseEmitter emitter;
        private boolean gone;

        Client(SseEmitter emitter) {
            this.emitter = emitter;
        }

        void send(String event, Object data) {
            if (gone) {
                return;
            }
            try {
                emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException closed) {
                gone = true;
            }
        }
    }
}
