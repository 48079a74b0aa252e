package ph.brainbytes.frontend.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows who is signed in (and the log-out button). */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    SignedInUser currentUser(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }
}
