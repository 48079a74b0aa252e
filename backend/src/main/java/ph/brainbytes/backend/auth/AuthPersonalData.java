package ph.brainbytes.backend.auth;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.privacy.PersonalData;

/** Sign-in sessions (refresh tokens): exported as times only, erased entirely, which also signs the person out. */
@Component
class AuthPersonalData implements PersonalData {

    private final RefreshTokenRepository tokens;

    AuthPersonalData(RefreshTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public String section() {
        return "sessions";
    }

    @Override
    public List<RefreshToken.Session> export(UUID userId) {
        return tokens.findByUserIdOrderByCreatedAt(userId).stream()
                .map(RefreshToken::session)
                .toList();
    }

    @Override
    public void erase(UUID userId) {
        tokens.deleteAllOf(userId);
    }
}
