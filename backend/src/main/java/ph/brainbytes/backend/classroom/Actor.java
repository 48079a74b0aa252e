package ph.brainbytes.backend.classroom;

import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling; admins may manage every class, teachers only their own. */
record Actor(UUID id, boolean admin) {

    static Actor of(Jwt jwt) {
        return new Actor(UUID.fromString(jwt.getSubject()), "ADMIN".equals(jwt.getClaimAsString("role")));
    }
}
