package ph.brainbytes.frontend.account;

import ph.brainbytes.frontend.backend.Registration;

/** What the sign-up page submits. The backend validates it; the browser checks the obvious. */
record SignupForm(String email, String password, String displayName, Integer gradeLevel, String preferredLanguage) {

    static SignupForm empty(String preferredLanguage) {
        return new SignupForm("", "", "", null, preferredLanguage);
    }

    Registration toRegistration() {
        return new Registration(
                trim(email), password, trim(displayName), gradeLevel, "fil".equals(preferredLanguage) ? "fil" : "en");
    }

    /** The form as shown again after a failure: the password is never sent back to the browser. */
    SignupForm withoutPassword() {
        return new SignupForm(email, "", displayName, gradeLevel, preferredLanguage);
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    @Override
    public String toString() {
        return "SignupForm[email=" + email + "]";
    }
}
