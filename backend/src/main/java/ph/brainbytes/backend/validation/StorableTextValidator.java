package ph.brainbytes.backend.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class StorableTextValidator implements ConstraintValidator<StorableText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isStorable(value);
    }

    static boolean isStorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return false;
            }
        }
        return true;
    }
}
