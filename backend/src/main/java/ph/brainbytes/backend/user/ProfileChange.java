package ph.brainbytes.backend.user;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The only profile fields a person may change themselves: role, e-mail and id are deliberately absent, so sending
 * them changes nothing. A field left out (or null) stays as it is.
 */
record ProfileChange(
        @Size(min = 1, max = 100) @Pattern(regexp = PlainText.PATTERN, message = "{profile.display-name.invalid}")
        String displayName,

        @Min(1) @Max(13) Integer gradeLevel,
        Region region,

        @Pattern(regexp = "en|fil", message = "{profile.language.invalid}")
        String preferredLanguage,

        @Pattern(regexp = "direct|socratic", message = "{profile.mode.invalid}")
        String preferredMode) {}
