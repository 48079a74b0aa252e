package ph.brainbytes.frontend.chat;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.Conversation;
import ph.brainbytes.frontend.backend.ConversationApi;
import ph.brainbytes.frontend.backend.ConversationPage;

/** The student's conversations, a page at a time and searchable, and starting a new one about a chosen subject. */
@Controller
class ChatController {

    /** The backend's subjects; "general" is what an empty choice means. */
    static final List<String> SUBJECTS = List.of("math", "science", "english", "filipino", "social-studies");

    /** The backend's limit for a search, and for a title. */
    static final int TEXT_MAX = 120;

    private final ConversationApi conversations;

    ChatController(ConversationApi conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/chat")
    String list(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "cursor", required = false) String cursor,
            Model model) {
        String search = query == null ? "" : query.strip();
        model.addAttribute("subjects", SUBJECTS);
        model.addAttribute("q", search);
        if (search.length() > TEXT_MAX) {
            return refusedSearch(model);
        }
        ConversationPage page;
        try {
            page = conversations.conversations(search, cursor);
        } catch (BackendProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            return refusedSearch(model);
        }
        model.addAttribute("conversations", page.items());
        model.addAttribute("nextCursor", page.nextCursor());
        return "chat/list";
    }

    /** Text the backend will not search for (control characters, too long) gets a message, not an error page. */
    private static String refusedSearch(Model model) {
        model.addAttribute("conversations", List.of());
        model.addAttribute("searchError", "chat.search.invalid");
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
