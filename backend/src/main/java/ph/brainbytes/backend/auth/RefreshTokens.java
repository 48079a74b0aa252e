package ph.brainbytes.backend.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refresh-token rotation: every token works once. Presenting a spent token means it was copied,
 * so the whole family (that login) is revoked and the thief and the owner both have to sign in.
 */
@Service
class RefreshTokens {

    private static final int TOKEN_BYTES = 32;

    private final RefreshTokenRepository repository;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(RefreshTokenRepository repository, SecurityProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /** A fresh token starting a new family, at sign-in. */
    @Transactional
    String issue(UUID userId) {
        return issue(userId, UUID.randomUUID());
    }

    /**
     * Spends {@code token} and returns its successor with the user it belongs to, or empty when the
     * token is unknown, expired, revoked or already spent (the last also revokes the family).
     */
    @Transactional
    Optional<Rotated> rotate(String token) {
        Instant now = clock.instant();
        Optional<RefreshToken> found = repository.findByTokenHash(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken current = found.get();
        if (current.isRevoked() || current.isExpiredAt(now)) {
            return Optional.empty();
        }
        if (repository.markUsed(current.getId(), now) == 0) {
            repository.revokeFamily(current.getFamilyId(), now);
            return Optional.empty();
        }
        return Optional.of(new Rotated(current.getUserId(), issue(current.getUserId(), current.getFamilyId())));
    }

    /** Ends the login {@code token} belongs to and says whose it was; unknown tokens are ignored. */
    @Transactional
    Optional<UUID> revoke(String token) {
        Optional<RefreshToken> found = repository.findByTokenHash(hash(token));
        found.ifPresent(spent -> repository.revokeFamily(spent.getFamilyId(), clock.instant()));
        return found.map(RefreshToken::getUserId);
    }

    /** Ends every login of the user, e.g. after a password change. */
    @Transactional
    void revokeAll(UUID userId) {
        repository.revokeAllOf(userId, clock.instant());
    }

    private String issue(UUID userId, UUID familyId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        repository.save(new RefreshToken(userId, familyId, hash(token), now, now.plus(properties.refreshTokenTtl())));
        return token;
    }

    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    record Rotated(UUID userId, String refreshToken) {}
}
