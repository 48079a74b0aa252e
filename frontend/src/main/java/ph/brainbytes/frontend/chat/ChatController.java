package ph.brainbytes.frontend.chat;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ph.brainbytes.frontend.backend.Conversation;
import ph.brainbytes.frontend.backend.ConversationApi;

/** The student's conversations, and starting a new one about a chosen subject. */
@Controller
class ChatController {

    /** The backend's subjects; "general" is what an empty choice means. */
    static final List<String> SUBJECTS = List.of("math", "science", "english", "filipino", "social-studies");

    private final ConversationApi conversations;

    ChatController(ConversationApi conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/chat")
    String list(Model model) {
        model.addAttribute("conversations", conversations.conversations());
        model.addAttribute("subjects", SUBJECTS);
        return "chat/list";
    }

    @PostMapping("/chat")
    String create(@RequestParam(name = "subject", required = false) String subject) {
        boolean any = subject == null || subject.isEmpty();
        if (!any && !SUBJECTS.contains(subject)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown subject");
        }
        Conversation created = conversations.create(any ? null : subject);
        return "redirect:/chat/" + created.id();
    }
}
