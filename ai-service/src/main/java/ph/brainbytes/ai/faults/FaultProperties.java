package ph.brainbytes.ai.faults;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Faults for demonstrations and alert drills ({@code ./brainbytes simulate incident}); off unless
 * {@code BRAINBYTES_FAULTS_ENABLED=true} is set explicitly.
 *
 * @param enabled whether the fault filter exists at all
 * @param delay added before every tutor call is handled (none when unset)
 * @param errorRate share of tutor calls answered with a 500 instead (0 to 1)
 */
@ConfigurationProperties("brainbytes.faults")
public record FaultProperties(boolean enabled, Duration delay, double errorRate) {

    public FaultProperties {
        delay = delay == null ? Duration.ZERO : delay;
        if (errorRate < 0 || errorRate > 1) {
            throw new IllegalArgumentException("brainbytes.faults.error-rate must be between 0 and 1");
        }
    }
}
