package ph.brainbytes.frontend.account;

import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import ph.brainbytes.frontend.backend.AccountApi;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.BackendUnavailableException;
import ph.brainbytes.frontend.backend.Profile;

/**
 * Checks email and password with the backend. The backend's tokens stay in the HTTP session (see
 * {@link AccountApi#login}); the authentication itself only knows who the user is.
 */
@Component
class BackendAuthenticationProvider implements AuthenticationProvider {

    private final AccountApi accounts;

    BackendAuthenticationProvider(AccountApi accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        try {
            accounts.login(email, password);
            Profile profile = accounts.me();
            String role = profile.role() == null ? "STUDENT" : profile.role().toUpperCase(Locale.ROOT);
            return UsernamePasswordAuthenticationToken.authenticated(
                    SignedInUser.of(profile), null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        } catch (BackendProblemException e) {
            if (e.status() == 429) {
                TooManyAttemptsException tooMany = new TooManyAttemptsException();
                tooMany.initCause(e);
                throw tooMany;
            }
            throw new BadCredentialsException("backend refused the credentials", e);
        } catch (BackendUnavailableException e) {
            throw new AuthenticationServiceException("backend unavailable", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
