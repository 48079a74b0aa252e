package ph.brainbytes.frontend.backend;

/** The fields of the profile a user may change ({@code PATCH /api/v1/me}); a null field stays as it is. */
public record ProfileChange(
        String displayName, Integer gradeLevel, String region, String preferredLanguage, String preferredMode) {}
