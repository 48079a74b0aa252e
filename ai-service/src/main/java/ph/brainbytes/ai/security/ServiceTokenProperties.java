package ph.brainbytes.ai.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How callers prove they are the backend. The secret has no default: without
 * {@code BRAINBYTES_SERVICE_TOKEN_SECRET} the service refuses to start.
 */
@Validated
@ConfigurationProperties("brainbytes.service-token")
record ServiceTokenProperties(
        @NotBlank @Size(min = 32, message = "must be at least 32 bytes")
        String secret,

        @NotBlank String issuer,
        @NotBlank String audience) {}
