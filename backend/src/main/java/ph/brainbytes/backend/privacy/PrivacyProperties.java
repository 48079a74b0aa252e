package ph.brainbytes.backend.privacy;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The version of the privacy notice people currently accept; raise it when the notice changes. */
@Validated
@ConfigurationProperties("brainbytes.privacy")
record PrivacyProperties(@NotBlank String noticeVersion) {}
