package ph.brainbytes.backend.user;

/** What registration needs to create an account; the password is already hashed. */
public record NewAccount(
        String email,
        String passwordHash,
        String displayName,
        Integer gradeLevel,
        String preferredLanguage,
        Role role,
        Integer birthYear) {}
