package ph.brainbytes.frontend.classes;

/** Numbers typed into forms: kept as text so a page shown again holds what was typed. */
final class FormNumbers {

    private FormNumbers() {}

    static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** A whole number, or null when the field was left empty; throws on anything else. */
    static Integer parse(String typed) {
        return isBlank(typed) ? null : Integer.valueOf(typed.strip());
    }

    /** Empty, or a whole number from {@code min} to {@code max}. */
    static boolean isEmptyOrWithin(String typed, int min, int max) {
        if (isBlank(typed)) {
            return true;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            return value >= min && value <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Empty, or a whole number: the range is the backend's to judge. */
    static boolean isEmptyOrWhole(String typed) {
        return isEmptyOrWithin(typed, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
}
