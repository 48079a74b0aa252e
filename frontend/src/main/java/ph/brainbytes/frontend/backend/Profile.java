package ph.brainbytes.frontend.backend;

/** The signed-in user as the backend describes them ({@code GET /api/v1/me}). */
public record Profile(
        String id, String email, String displayName, String role, Integer gradeLevel, String preferredLanguage) {}
