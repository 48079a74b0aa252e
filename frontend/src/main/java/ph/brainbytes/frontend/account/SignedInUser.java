package ph.brainbytes.frontend.account;

import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;
import ph.brainbytes.frontend.backend.Profile;

/** Who is signed in, as kept in the session's security context. Holds no tokens. */
public record SignedInUser(String id, String email, String displayName, String preferredLanguage)
        implements AuthenticatedPrincipal, Serializable {

    static SignedInUser of(Profile profile) {
        return new SignedInUser(profile.id(), profile.email(), profile.displayName(), profile.preferredLanguage());
    }

    @Override
    public String getName() {
        return email;
    }
}
