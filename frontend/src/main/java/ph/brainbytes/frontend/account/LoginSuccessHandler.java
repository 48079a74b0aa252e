package ph.brainbytes.frontend.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Goes to the page the user wanted, else to the chat, in the user's language. */
@Component
public class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LanguagePreference languagePreference;

    LoginSuccessHandler(LanguagePreference languagePreference) {
        this.languagePreference = languagePreference;
        setDefaultTargetUrl("/chat");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            languagePreference.apply(user, request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
