package ph.brainbytes.frontend.backend;

/**
 * The signed-in user as the backend describes them ({@code GET /api/v1/me}). {@code region} is one of the 17 region
 * codes or null; {@code preferredMode} is {@code direct} or {@code socratic}.
 */
public record Profile(
        String id,
        String email,
        String displayName,
        String role,
        Integer gradeLevel,
        String preferredLanguage,
        String region,
        String preferredMode) {}
