package ph.brainbytes.frontend.chat;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.BackendUnavailableException;
import ph.brainbytes.frontend.backend.ConversationApi;
import ph.brainbytes.frontend.backend.Verdict;

/**
 * One conversation: its messages, the student's verdicts on the answers, and the ask form. The form
 * posts and is redirected back; chat.js streams instead (see StreamController), and offline.js posts
 * questions queued offline here and reads the answer from the page it is redirected to.
 */
@Controller
class ConversationController {

    private static final Logger log = LoggerFactory.getLogger(ConversationController.class);
    private static final String VIEW = "chat/conversation";

    private final ConversationApi conversations;
    private final MessageSource messages;
    private final OfflineQuestions offline;

    ConversationController(ConversationApi conversations, MessageSource messages, OfflineQuestions offline) {
        this.conversations = conversations;
        this.messages = messages;
        this.offline = offline;
    }

    @GetMapping("/chat/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("conversationId", id);
        Map<String, Verdict> verdicts = conversations.feedback(id).stream()
                .collect(Collectors.toMap(Verdict::answerId, Function.identity(), (first, second) -> second));
        model.addAttribute(
                "messages",
                conversations.messages(id).stream()
                        .map(m -> MessageView.of(m, id, verdicts.get(m.id())))
                        .toList());
        if (!model.containsAttribute("askForm")) {
            model.addAttribute("askForm", AskForm.fresh());
        }
        return VIEW;
    }

    @PostMapping("/chat/{id}/messages")
    String ask(
            @PathVariable String id,
            @ModelAttribute AskForm typed,
            @RequestParam(name = "followup", required = false) String followUp,
            @RequestHeader(name = OfflineQuestions.HEADER, required = false) String queuedAttempt,
            Locale locale,
            RedirectAttributes redirect) {
        AskForm form =
                FollowUp.of(followUp).map(f -> f.apply(typed, messages, locale)).orElse(typed);
        String errorKey = form.isBlank() ? "chat.error.empty" : form.isTooLong() ? "chat.error.too-long" : null;
        if (errorKey == null) {
            offline.received(queuedAttempt);
            errorKey = send(id, form);
            if (errorKey == null) {
                offline.delivered(queuedAttempt);
            }
        }
        if (errorKey != null) {
            // the same key goes back, so resending cannot store the question twice
            redirect.addFlashAttribute("askError", errorKey);
            redirect.addFlashAttribute("askForm", form.retained());
        }
        return "redirect:/chat/{id}";
    }

    /** Sends the question; returns the message key of what went wrong, or null. */
    private String send(String id, AskForm form) {
        try {
            conversations.ask(id, form.question(), form.normalizedMode(), form.keyOrNew());
            log.info("question sent conversation={}", id);
            return null;
        } catch (BackendProblemException e) {
            return switch (e.status()) {
                case 429 -> "chat.error.too-many";
                // the same form was submitted twice and the first one is still with the tutor
                case 409 -> "chat.error.in-progress";
                default -> "chat.error.rejected";
            };
        } catch (BackendUnavailableException e) {
            return "chat.error.unavailable";
        }
    }
}
