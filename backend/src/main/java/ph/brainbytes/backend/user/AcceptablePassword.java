package ph.brainbytes.backend.user;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A new password must pass the {@link PasswordPolicy}; null is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Check.class)
public @interface AcceptablePassword {

    String message() default "{password.common}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<AcceptablePassword, String> {

        private final PasswordPolicy policy;

        Check(PasswordPolicy policy) {
            this.policy = policy;
        }

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            if (password == null) {
                return true;
            }
            return policy.problem(password)
                    .map(key -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate("{" + key + "}")
                                .addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
