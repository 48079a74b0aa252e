package ph.brainbytes.frontend.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ph.brainbytes.frontend.backend.Profile;
import ph.brainbytes.frontend.backend.ProfileChange;

/**
 * What the profile page submits. Checked here too, so a page without JavaScript gets translated errors. The grade
 * stays text until checked, so a hand-made value comes back as a marked field rather than a lost form.
 */
record ProfileForm(
        String displayName, String gradeLevel, String region, String preferredLanguage, String preferredMode) {

    static final int NAME_MAX = 100;
    private static final Set<String> LANGUAGES = Set.of("en", "fil");
    private static final Set<String> MODES = Set.of("direct", "socratic");

    static ProfileForm of(Profile profile) {
        return new ProfileForm(
                profile.displayName(),
                profile.gradeLevel() == null ? "" : profile.gradeLevel().toString(),
                profile.region(),
                profile.preferredLanguage(),
                profile.preferredMode() == null ? "direct" : profile.preferredMode());
    }

    /** The fields that stop the form from being sent, in page order. */
    List<String> invalidFields() {
        List<String> invalid = new ArrayList<>();
        String name = trimmed(displayName);
        if (name.isEmpty() || name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            invalid.add("displayName");
        }
        Integer grade = grade();
        if (!trimmed(gradeLevel).isEmpty() && (grade == null || grade < 1 || grade > 13)) {
            invalid.add("gradeLevel");
        }
        if (!trimmed(region).isEmpty() && !Regions.CODES.contains(region)) {
            invalid.add("region");
        }
        if (!LANGUAGES.contains(preferredLanguage)) {
            invalid.add("preferredLanguage");
        }
        if (!MODES.contains(preferredMode)) {
            invalid.add("preferredMode");
        }
        return invalid;
    }

    /** An empty region choice leaves the stored one as it is (the backend cannot unset it). */
    ProfileChange toChange() {
        String chosenRegion = trimmed(region);
        return new ProfileChange(
                trimmed(displayName),
                grade(),
                chosenRegion.isEmpty() ? null : chosenRegion,
                preferredLanguage,
                preferredMode);
    }

    /** The chosen grade, or null when none (or no number) was chosen. */
    public Integer grade() {
        try {
            return Integer.valueOf(trimmed(gradeLevel));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
