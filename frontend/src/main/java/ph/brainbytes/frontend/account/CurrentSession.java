package ph.brainbytes.frontend.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import ph.brainbytes.frontend.backend.Profile;
import ph.brainbytes.frontend.i18n.Languages;

/** Keeps the signed-in user of this session in step with their account: after a profile change, and at its end. */
@Component
public class CurrentSession {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final LocaleResolver localeResolver;

    CurrentSession(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    /** The header shows the new name at once; a newly chosen language becomes the page language. */
    public void profileChanged(Profile profile, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = contexts.getContext().getAuthentication();
        SignedInUser before = current == null ? null : (SignedInUser) current.getPrincipal();
        SignedInUser after = SignedInUser.of(profile);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                after, null, current == null ? List.of() : current.getAuthorities()));
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        if (after.preferredLanguage() != null
                && (before == null || !after.preferredLanguage().equals(before.preferredLanguage()))) {
            localeResolver.setLocale(request, response, Languages.toLocale(after.preferredLanguage()));
        }
    }

    /** Ends the session here (the backend account or its tokens are gone already). */
    public void end(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler()
                .logout(request, response, contexts.getContext().getAuthentication());
    }
}
