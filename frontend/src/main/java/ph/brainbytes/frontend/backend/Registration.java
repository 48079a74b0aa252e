package ph.brainbytes.frontend.backend;

/** A new account, as the backend's register call expects it; an invite code makes it a teacher's. */
public record Registration(
        String email,
        String password,
        String displayName,
        Integer gradeLevel,
        String preferredLanguage,
        Integer birthYear,
        Consent consent,
        String inviteCode) {

    /** Consent to the privacy notice; a guardian gives it alongside a minor. */
    public record Consent(boolean accepted, String guardianName, String guardianEmail) {}

    @Override
    public String toString() {
        return "Registration[email=" + email + "]";
    }
}
