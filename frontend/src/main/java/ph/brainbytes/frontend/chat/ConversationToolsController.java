package ph.brainbytes.frontend.chat;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.ConversationApi;

/** Renaming a conversation, and deleting it after a confirmation page; both lead back to the list. */
@Controller
class ConversationToolsController {

    private static final String LIST = "redirect:/chat";

    private final ConversationApi conversations;

    ConversationToolsController(ConversationApi conversations) {
        this.conversations = conversations;
    }

    @PostMapping("/chat/{id}/rename")
    String rename(
            @PathVariable String id,
            @RequestParam(name = "title", defaultValue = "") String title,
            RedirectAttributes redirect) {
        String trimmed = title.strip();
        if (trimmed.isEmpty() || trimmed.length() > ChatController.TEXT_MAX) {
            redirect.addFlashAttribute("listError", "chat.rename.invalid");
            return LIST;
        }
        try {
            conversations.rename(id, trimmed);
        } catch (BackendProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            redirect.addFlashAttribute("listError", "chat.rename.invalid");
            return LIST;
        }
        redirect.addFlashAttribute("notice", "chat.renamed");
        return LIST;
    }

    @GetMapping("/chat/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        model.addAttribute("conversationId", id);
        return "chat/delete";
    }

    @PostMapping("/chat/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        conversations.delete(id);
        redirect.addFlashAttribute("notice", "chat.deleted");
        return LIST;
    }
}
