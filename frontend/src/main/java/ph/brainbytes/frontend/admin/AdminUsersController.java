package ph.brainbytes.frontend.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import ph.brainbytes.frontend.backend.AdminApi;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.UserSummary;

/** Accounts, found by part of their e-mail or name, and the change of one account's role. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    private static final int MAX_QUERY = 254;

    private final AdminApi admin;

    AdminUsersController(AdminApi admin) {
        this.admin = admin;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String role,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String query = q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        String shownRole = AdminLists.oneOf(AdminLists.ROLES, role);
        model.addAttribute("q", query);
        model.addAttribute("role", shownRole);
        model.addAttribute("roles", AdminLists.ROLES);
        model.addAttribute("users", admin.users(query.isEmpty() ? null : query, shownRole, AdminLists.page(page)));
        return "admin/users";
    }

    /** A change needs the confirmation box ticked; the backend refuses an admin's change of their own role. */
    @PostMapping("/{id}/role")
    String changeRole(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String newRole,
            @RequestParam(defaultValue = "false") boolean confirm,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        String back = UriComponentsBuilder.fromPath("/admin/users")
                .queryParam("q", "{q}")
                .queryParam("page", AdminLists.page(page))
                .encode()
                .buildAndExpand(q)
                .toUriString();
        String chosen = AdminLists.oneOf(AdminLists.ROLES, newRole);
        if (chosen == null || !confirm) {
            redirect.addFlashAttribute(
                    "roleError", chosen == null ? "admin.role.invalid" : "admin.role.confirm-needed");
            return "redirect:" + back;
        }
        try {
            UserSummary changed = admin.changeRole(id, chosen);
            redirect.addFlashAttribute("changedName", changed.displayName());
            redirect.addFlashAttribute("changedRole", changed.role());
        } catch (BackendProblemException e) {
            redirect.addFlashAttribute("roleError", refusal(e));
        }
        return "redirect:" + back;
    }

    private static String refusal(BackendProblemException e) {
        if ("own-role".equals(e.slug())) {
            return "admin.role.own";
        }
        if (e.status() == 404) {
            return "admin.role.not-found";
        }
        throw e;
    }
}
