package ph.brainbytes.frontend.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The log-in form; Spring Security's form login handles the POST. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout,
            @RequestParam(required = false) String expired,
            @RequestParam(required = false) String deleted,
            Model model) {
        if (user != null) {
            return "redirect:/chat";
        }
        if (error != null) {
            model.addAttribute(
                    "errorKey",
                    LoginError.fromCode(error).orElse(LoginError.CREDENTIALS).messageKey());
        }
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("expired", expired != null);
        model.addAttribute("deleted", deleted != null);
        return "account/login";
    }
}
