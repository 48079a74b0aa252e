package ph.brainbytes.frontend.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ph.brainbytes.frontend.backend.AdminApi;
import ph.brainbytes.frontend.backend.Invite;

/** Teacher invites: a new one shows its code exactly once (carried over the redirect, then gone). */
@Controller
@RequestMapping("/admin/invites")
class AdminInvitesController {

    static final int DEFAULT_DAYS = 7;
    private static final int MAX_DAYS = 90;

    private final AdminApi admin;

    AdminInvitesController(AdminApi admin) {
        this.admin = admin;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("invites", admin.invites(AdminLists.page(page)));
        model.addAttribute("defaultDays", DEFAULT_DAYS);
        return "admin/invites";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "0") int validForDays, RedirectAttributes redirect) {
        if (validForDays < 1 || validForDays > MAX_DAYS) {
            redirect.addFlashAttribute("inviteError", "admin.invites.invalid-days");
            return "redirect:/admin/invites";
        }
        Invite created = admin.createInvite(validForDays);
        redirect.addFlashAttribute("newInviteCode", created.code());
        redirect.addFlashAttribute("newInviteExpires", created.expiresAt());
        return "redirect:/admin/invites";
    }
}
