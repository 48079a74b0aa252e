package ph.brainbytes.frontend.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ph.brainbytes.frontend.backend.AdminApi;

/** The audit log, newest first, optionally of one event type. */
@Controller
class AdminAuditController {

    private final AdminApi admin;

    AdminAuditController(AdminApi admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page, Model model) {
        String shownType = AdminLists.oneOf(AdminLists.AUDIT_TYPES, type);
        model.addAttribute("type", shownType);
        model.addAttribute("types", AdminLists.AUDIT_TYPES);
        model.addAttribute("entries", admin.audit(shownType, AdminLists.page(page)));
        return "admin/audit";
    }
}
