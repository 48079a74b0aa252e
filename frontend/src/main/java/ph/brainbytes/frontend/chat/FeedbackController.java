package ph.brainbytes.frontend.chat;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.ConversationApi;

/**
 * "Helpful" or "not helpful" on a tutor's answer. The form posts and is sent back to the answer; feedback.js posts
 * the same form accepting only JSON and gets an empty answer instead, so the page does not reload.
 */
@Controller
class FeedbackController {

    static final int REASON_MAX = 300;
    private static final String PATH = "/chat/{id}/messages/{answerId}/feedback";

    private final ConversationApi conversations;

    FeedbackController(ConversationApi conversations) {
        this.conversations = conversations;
    }

    @PostMapping(PATH)
    String give(
            @PathVariable String id,
            @PathVariable String answerId,
            @RequestParam(name = "helpful") boolean helpful,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        try {
            send(id, answerId, helpful, reason);
        } catch (BackendProblemException e) {
            if (e.status() != HttpStatus.BAD_REQUEST.value()) {
                throw e;
            }
            redirect.addFlashAttribute("askError", "feedback.error");
        }
        return "redirect:/chat/" + UriUtils.encodePathSegment(id, "UTF-8") + "#answer-"
                + UriUtils.encodeFragment(answerId, "UTF-8");
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> giveFromScript(
            @PathVariable String id,
            @PathVariable String answerId,
            @RequestParam(name = "helpful") boolean helpful,
            @RequestParam(name = "reason", required = false) String reason) {
        try {
            send(id, answerId, helpful, reason);
        } catch (BackendProblemException e) {
            if (e.status() != HttpStatus.BAD_REQUEST.value()) {
                throw e;
            }
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.noContent().build();
    }

    /** A reason only goes with "not helpful"; one longer than the backend keeps is cut, not refused. */
    private void send(String id, String answerId, boolean helpful, String reason) {
        String kept = helpful || reason == null ? null : reason.strip();
        if (kept != null && kept.length() > REASON_MAX) {
            kept = kept.substring(0, REASON_MAX);
        }
        conversations.giveFeedback(id, answerId, helpful, kept);
    }
}
