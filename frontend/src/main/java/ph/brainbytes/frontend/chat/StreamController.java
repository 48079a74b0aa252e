package ph.brainbytes.frontend.chat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.BackendUnavailableException;
import ph.brainbytes.frontend.backend.ConversationApi;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ask form, streamed (what chat.js posts; CSRF-checked like every form). Refusals come back as
 * a status with the translated reason as plain text, so the page can show it where the form is.
 */
@RestController
class StreamController {

    private static final Logger log = LoggerFactory.getLogger(StreamController.class);

    private final ConversationApi conversations;
    private final AnswerFragment fragment;
    private final JsonMapper json;
    private final MessageSource messages;

    StreamController(ConversationApi conversations, AnswerFragment fragment, JsonMapper json, MessageSource messages) {
        this.conversations = conversations;
        this.fragment = fragment;
        this.json = json;
        this.messages = messages;
    }

    @PostMapping("/chat/{id}/messages/stream")
    ResponseEntity<StreamingResponseBody> ask(
            @PathVariable String id,
            @ModelAttribute AskForm typed,
            @RequestParam(name = "followup", required = false) String followUp,
            Locale locale) {
        AskForm form =
                FollowUp.of(followUp).map(f -> f.apply(typed, messages, locale)).orElse(typed);
        if (form.isBlank() || form.isTooLong()) {
            throw new Refused(HttpStatus.BAD_REQUEST, form.isBlank() ? "chat.error.empty" : "chat.error.too-long");
        }
        InputStream stream;
        try {
            stream = conversations.askStreamed(id, form.question(), form.normalizedMode());
        } catch (BackendProblemException e) {
            HttpStatus status = switch (e.status()) {
                case 429 -> HttpStatus.TOO_MANY_REQUESTS;
                case 403, 404 -> HttpStatus.NOT_FOUND;
                default -> HttpStatus.BAD_REQUEST;
            };
            throw new Refused(status, e.status() == 429 ? "chat.error.too-many" : "chat.error.rejected", e);
        } catch (BackendUnavailableException e) {
            throw new Refused(HttpStatus.SERVICE_UNAVAILABLE, "chat.error.unavailable", e);
        }
        log.info("question sent conversation={} streamed", id);
        StreamingResponseBody relay = new AnswerRelay(stream, fragment, json, locale, id);
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .header("Cache-Control", "no-store")
                // nginx must pass each event on at once rather than buffer the answer
                .header("X-Accel-Buffering", "no")
                .body(relay);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<String> refused(Refused refused, Locale locale) {
        return ResponseEntity.status(refused.status)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(messages.getMessage(refused.messageKey, null, locale));
    }

    /** A question not sent, with the message key that tells the student why. */
    static final class Refused extends RuntimeException {

        private final HttpStatus status;
        private final String messageKey;

        Refused(HttpStatus status, String messageKey) {
            this(status, messageKey, null);
        }

        /** {@code cause}: the backend's answer that led to the refusal, kept for the logs. */
        Refused(HttpStatus status, String messageKey, Throwable cause) {
            super(messageKey, cause, false, false);
            this.status = status;
            this.messageKey = messageKey;
        }
    }
}
