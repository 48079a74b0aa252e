package ph.brainbytes.frontend.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import ph.brainbytes.frontend.backend.AccountApi;

/** Revokes the refresh token at the backend before the session is thrown away. */
@Component
public class BackendLogoutHandler implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(BackendLogoutHandler.class);

    private final AccountApi accounts;

    BackendLogoutHandler(AccountApi accounts) {
        this.accounts = accounts;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        try {
            accounts.logout();
        } catch (RuntimeException e) {
            // the local session ends regardless; the refresh token expires on its own at the backend
            log.warn("backend logout failed: {}", e.toString());
        }
    }
}
