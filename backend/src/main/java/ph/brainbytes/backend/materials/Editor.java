package ph.brainbytes.backend.materials;

import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import ph.brainbytes.backend.user.SignedIn;

/** Who is changing a material: its author may, an admin may change any. */
record Editor(UUID id, boolean admin) {

    static Editor of(Jwt jwt) {
        return new Editor(SignedIn.id(jwt), "ADMIN".equals(jwt.getClaimAsString("role")));
    }
}
