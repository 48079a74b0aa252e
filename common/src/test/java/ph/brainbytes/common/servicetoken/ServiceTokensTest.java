package ph.brainbytes.common.servicetoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class ServiceTokensTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";
    private static final String ISSUER = "brainbytes-backend";

    private final ServiceTokens tokens = new ServiceTokens(SECRET, ISSUER, Clock.systemUTC());

    @Test
    void aTokenForTheAudienceIsAccepted() {
        JwtDecoder decoder = ServiceTokens.decoder(SECRET, ISSUER, "ai-service");

        var jwt = decoder.decode(tokens.mint("ai-service"));

        assertThat(jwt.getAudience()).containsExactly("ai-service");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(ISSUER);
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        JwtDecoder decoder = ServiceTokens.decoder(SECRET, ISSUER, "ai-service");

        assertThatThrownBy(() -> decoder.decode(tokens.mint("backend"))).isInstanceOf(JwtException.class);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() {
        JwtDecoder decoder = ServiceTokens.decoder("another-secret-that-is-also-long-enough", ISSUER, "ai-service");

        assertThatThrownBy(() -> decoder.decode(tokens.mint("ai-service"))).isInstanceOf(JwtException.class);
    }

    @Test
    void anExpiredTokenIsRejected() {
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        String stale = new ServiceTokens(SECRET, ISSUER, anHourAgo).mint("ai-service");

        assertThatThrownBy(() ->
                        ServiceTokens.decoder(SECRET, ISSUER, "ai-service").decode(stale))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new ServiceTokens("short", ISSUER, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }
}
