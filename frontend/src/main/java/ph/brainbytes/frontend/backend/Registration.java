package ph.brainbytes.frontend.backend;

/** A new student account, as the backend's register call expects it. */
public record Registration(
        String email, String password, String displayName, Integer gradeLevel, String preferredLanguage) {

    @Override
    public String toString() {
        return "Registration[email=" + email + "]";
    }
}
