package ph.brainbytes.frontend.home;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header links to what the signed-in user's role may open: {@code STUDENT}, {@code TEACHER} or {@code ADMIN}. */
@ControllerAdvice
class NavigationAdvice {

    private static final String PREFIX = "ROLE_";

    @ModelAttribute("navRole")
    String navRole(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(PREFIX))
                .map(authority -> authority.substring(PREFIX.length()))
                .findFirst()
                .orElse(null);
    }
}
