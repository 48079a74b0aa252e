package ph.brainbytes.backend.user;

import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** The account a verified access token speaks for. */
public final class SignedIn {

    private SignedIn() {}

    /**
     * The token's subject as an account id. The token decoder only admits tokens whose subject is an account
     * (TokenVersionCheck), so a missing subject here is a wiring mistake, reported as such.
     */
    public static UUID id(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null) {
            throw new IllegalStateException("an access token without a subject reached a controller");
        }
        return UUID.fromString(subject);
    }
}
