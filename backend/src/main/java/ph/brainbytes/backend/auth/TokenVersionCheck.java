package ph.brainbytes.backend.auth;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.user.Users;

/**
 * Refuses access tokens of deleted accounts and those minted before a password or role change (their version is
 * older). One primary-key read per request buys immediate revocation without a token blacklist.
 */
@Component
class TokenVersionCheck implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error OUTDATED =
            new OAuth2Error("invalid_token", "The token was issued before the account changed", null);

    private final Users users;

    TokenVersionCheck(Users users) {
        this.users = users;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Object claim = token.getClaim(SecurityConfig.VERSION_CLAIM);
        Optional<Integer> current = userId(token.getSubject()).flatMap(users::tokenVersion);
        boolean valid = claim instanceof Number version && current.isPresent() && current.get() == version.intValue();
        return valid ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(OUTDATED);
    }

    private static Optional<UUID> userId(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
