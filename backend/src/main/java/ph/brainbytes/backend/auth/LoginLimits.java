package ph.brainbytes.backend.auth;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** How many wrong passwords an account takes within a window before sign-in pauses. */
@Validated
@ConfigurationProperties("brainbytes.limits")
record LoginLimits(@Min(1) int failedLogins, @NotNull Duration failedLoginWindow) {}
