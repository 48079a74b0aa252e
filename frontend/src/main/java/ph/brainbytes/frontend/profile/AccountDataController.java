package ph.brainbytes.frontend.profile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ph.brainbytes.frontend.account.CurrentSession;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.ProfileApi;

/** The data subject's rights on their own page: a copy of everything held about them, and erasure. */
@Controller
class AccountDataController {

    static final String DELETE_VIEW = "profile/delete";

    private final ProfileApi profiles;
    private final CurrentSession session;

    AccountDataController(ProfileApi profiles, CurrentSession session) {
        this.profiles = profiles;
        this.session = session;
    }

    @GetMapping("/profile/export")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("brainbytes-my-data.json")
                                .build()
                                .toString())
                .body(profiles.export());
    }

    /** The confirmation step: what is erased, and the password the backend asks for. */
    @GetMapping("/profile/delete")
    String confirm() {
        return DELETE_VIEW;
    }

    @PostMapping("/profile/delete")
    String delete(
            @RequestParam(name = "password", required = false) String password,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (password == null || password.isEmpty()) {
            model.addAttribute("deleteError", "profile.delete.password-missing");
            return DELETE_VIEW;
        }
        try {
            profiles.deleteAccount(password);
        } catch (BackendProblemException e) {
            if (e.status() != 403 && e.status() != 400) {
                throw e;
            }
            model.addAttribute("deleteError", "profile.delete.wrong-password");
            return DELETE_VIEW;
        }
        session.end(request, response);
        return "redirect:/login?deleted";
    }
}
