package ph.brainbytes.frontend.backend;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The current user's backend tokens, stored as an immutable value in their HTTP session. Replacing
 * the attribute (rather than mutating it) keeps this correct for any session store.
 */
@Component
class SessionTokens {

    static final String ATTRIBUTE = SessionTokens.class.getName();

    Optional<BackendTokens> current() {
        HttpSession session = session(false);
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((BackendTokens) session.getAttribute(ATTRIBUTE));
    }

    void store(BackendTokens tokens) {
        session(true).setAttribute(ATTRIBUTE, tokens);
    }

    void clear() {
        HttpSession session = session(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** One lock per session, so two parallel requests do not both spend the same refresh token. */
    Object mutex() {
        return WebUtils.getSessionMutex(session(true));
    }

    private static HttpSession session(boolean create) {
        ServletRequestAttributes attributes =
                (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        return attributes.getRequest().getSession(create);
    }
}
