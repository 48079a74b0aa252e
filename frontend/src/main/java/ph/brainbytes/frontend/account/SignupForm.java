package ph.brainbytes.frontend.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ph.brainbytes.frontend.backend.Registration;

/**
 * What the sign-up page submits. The backend validates it again; here we check what the consent
 * step needs, so a page without JavaScript still gets clear, translated errors.
 */
record SignupForm(
        String email,
        String password,
        String displayName,
        Integer gradeLevel,
        String preferredLanguage,
        Integer birthYear,
        Boolean consent,
        String guardianName,
        String guardianEmail,
        String inviteCode) {

    /** The Data Privacy Act lets adults consent alone; the backend's rule is "current year minus birth year < 19". */
    static final int ADULT_AGE = 19;

    static final int OLDEST_AGE = 100;
    static final int YOUNGEST_AGE = 5;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static SignupForm empty(String preferredLanguage) {
        return new SignupForm("", "", "", null, preferredLanguage, null, null, "", "", "");
    }

    /** The fields that stop the form from being sent, in page order. */
    List<String> invalidFields(int currentYear) {
        List<String> invalid = new ArrayList<>();
        if (birthYear == null || birthYear > currentYear - YOUNGEST_AGE || birthYear < currentYear - OLDEST_AGE) {
            invalid.add("birthYear");
        } else if (needsGuardian(currentYear)) {
            if (trim(guardianName).isEmpty()) {
                invalid.add("guardianName");
            }
            if (!EMAIL.matcher(trim(guardianEmail)).matches()) {
                invalid.add("guardianEmail");
            }
        }
        if (!consented()) {
            invalid.add("consent");
        }
        return invalid;
    }

    /** An unticked checkbox is simply absent from the form. */
    public boolean consented() {
        return Boolean.TRUE.equals(consent);
    }

    boolean needsGuardian(int currentYear) {
        return birthYear != null && currentYear - birthYear < ADULT_AGE;
    }

    Registration toRegistration(int currentYear) {
        boolean minor = needsGuardian(currentYear);
        return new Registration(
                trim(email),
                password,
                trim(displayName),
                gradeLevel,
                "fil".equals(preferredLanguage) ? "fil" : "en",
                birthYear,
                new Registration.Consent(
                        consented(), minor ? trim(guardianName) : null, minor ? trim(guardianEmail) : null),
                hasInviteCode() ? trim(inviteCode) : null);
    }

    /** A teacher signs up with the invite code an admin gave them; students leave it empty. */
    boolean hasInviteCode() {
        return !trim(inviteCode).isEmpty();
    }

    /** The form as shown again after a failure: the password is never sent back to the browser. */
    SignupForm withoutPassword() {
        return new SignupForm(
                email,
                "",
                displayName,
                gradeLevel,
                preferredLanguage,
                birthYear,
                consent,
                guardianName,
                guardianEmail,
                inviteCode);
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    @Override
    public String toString() {
        return "SignupForm[email=" + email + "]";
    }
}
