package ph.brainbytes.backend.classroom;

import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import ph.brainbytes.backend.user.SignedIn;

/** Who is calling; admins may manage every class, teachers only their own. */
record Actor(UUID id, boolean admin) {

    static Actor of(Jwt jwt) {
        return new Actor(SignedIn.id(jwt), "ADMIN".equals(jwt.getClaimAsString("role")));
    }
}
