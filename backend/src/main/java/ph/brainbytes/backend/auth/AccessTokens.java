package ph.brainbytes.backend.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.user.User;

/** Mints the short-lived access tokens that {@link SecurityConfig#jwtDecoder} accepts. */
@Component
class AccessTokens {

    private final JwtEncoder encoder;
    private final SecurityProperties properties;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, SecurityProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    String mint(User user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(SecurityConfig.ISSUER)
                .audience(List.of(SecurityConfig.AUDIENCE))
                .subject(user.getId().toString())
                .claim(SecurityConfig.ROLE_CLAIM, user.getRole())
                .claim(SecurityConfig.VERSION_CLAIM, user.getTokenVersion())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .build();
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    long lifetimeSeconds() {
        return properties.accessTokenTtl().toSeconds();
    }
}
