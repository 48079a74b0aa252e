package ph.brainbytes.backend.auth;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in and sign-up limits. After {@code failedLogins} wrong passwords for an account (or
 * {@code failedLoginsPerAddress} from one address, higher because a classroom shares one) within
 * {@code failedLoginWindow}, each further try waits {@code loginBackoff}, doubling per failure up to
 * {@code loginBackoffMax}. At most {@code registrationsPerAddress} sign-ups per address per {@code registrationWindow}.
 */
@Validated
@ConfigurationProperties("brainbytes.limits")
record LoginLimits(
        @Min(1) int failedLogins,
        @NotNull Duration failedLoginWindow,
        @Min(1) int failedLoginsPerAddress,
        @NotNull Duration loginBackoff,
        @NotNull Duration loginBackoffMax,
        @Min(1) int registrationsPerAddress,
        @NotNull Duration registrationWindow) {}
