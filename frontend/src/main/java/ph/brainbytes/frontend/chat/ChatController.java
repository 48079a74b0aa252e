package ph.brainbytes.frontend.chat;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import ph.brainbytes.frontend.backend.Conversation;
import ph.brainbytes.frontend.backend.ConversationApi;

/** The student's conversations, and starting a new one. */
@Controller
class ChatController {

    private final ConversationApi conversations;

    ChatController(ConversationApi conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/chat")
    String list(Model model) {
        model.addAttribute("conversations", conversations.conversations());
        return "chat/list";
    }

    @PostMapping("/chat")
    String create() {
        Conversation created = conversations.create();
        return "redirect:/chat/" + created.id();
    }
}
