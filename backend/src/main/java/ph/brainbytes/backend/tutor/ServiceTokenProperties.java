package ph.brainbytes.backend.tutor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The secret shared with the ai-service; no default, so a missing one stops start-up. */
@Validated
@ConfigurationProperties("brainbytes.service-token")
record ServiceTokenProperties(@NotBlank @Size(min = 32) String secret) {}
