package ph.brainbytes.backend.materials;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.user.SignedIn;
import ph.brainbytes.backend.user.User;
import ph.brainbytes.backend.user.Users;

/** The language a reader gets lessons in: the one asked for with {@code ?lang=}, else their profile's. */
@Component
class Readers {

    private final Users users;

    Readers(Users users) {
        this.users = users;
    }

    String language(Jwt jwt, String requested) {
        if (requested != null) {
            return requested;
        }
        return users.findById(SignedIn.id(jwt))
                .map(User::getPreferredLanguage)
                .filter("fil"::equals)
                .orElse("en");
    }
}
