package ph.brainbytes.frontend.profile;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ph.brainbytes.frontend.account.SignedInUser;
import ph.brainbytes.frontend.backend.AccountApi;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.ProfileApi;

/**
 * A new password. The backend ends every earlier token of the account, this session's too, so the session signs in
 * again with the new password and the student stays where they are.
 */
@Controller
class PasswordController {

    private final ProfileApi profiles;
    private final AccountApi accounts;

    PasswordController(ProfileApi profiles, AccountApi accounts) {
        this.profiles = profiles;
        this.accounts = accounts;
    }

    @PostMapping("/profile/password")
    String change(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "currentPassword", defaultValue = "") String currentPassword,
            @RequestParam(name = "newPassword", defaultValue = "") String newPassword,
            RedirectAttributes redirect) {
        if (currentPassword.isEmpty() || newPassword.isEmpty()) {
            return AvatarController.back(redirect, "passwordError", "profile.password.missing");
        }
        try {
            profiles.changePassword(currentPassword, newPassword);
        } catch (BackendProblemException e) {
            return switch (e.status()) {
                case 403 -> AvatarController.back(redirect, "passwordError", "profile.password.wrong");
                case 400 -> AvatarController.back(redirect, "passwordError", "profile.password.weak");
                case 429 -> AvatarController.back(redirect, "passwordError", "error.too-many");
                default -> throw e;
            };
        }
        accounts.login(user.email(), newPassword);
        return AvatarController.back(redirect, "notice", "profile.password.changed");
    }
}
