package ph.brainbytes.backend.tutor;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where the ai-service lives and how long a student should wait for it at most. */
@Validated
@ConfigurationProperties("brainbytes.ai-service")
record AiServiceProperties(
        @NotNull URI url,
        @NotNull Duration timeout,
        @NotNull Duration connectTimeout) {}
