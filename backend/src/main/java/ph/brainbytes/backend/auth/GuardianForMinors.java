package ph.brainbytes.backend.auth;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import ph.brainbytes.backend.privacy.Consents;

/**
 * A sign-up by someone who may be under 18 names a parent or guardian (RA 10173); a birth year in the future is
 * refused. Errors land on the fields concerned, e.g. {@code consent.guardianName}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GuardianForMinors.Check.class)
@interface GuardianForMinors {

    String message() default "{consent.guardian-required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<GuardianForMinors, AuthController.RegisterRequest> {

        private final Consents consents;

        Check(Consents consents) {
            this.consents = consents;
        }

        @Override
        public boolean isValid(AuthController.RegisterRequest request, ConstraintValidatorContext context) {
            if (request == null || request.birthYear() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (request.birthYear() > consents.currentYear()) {
                violation(context, "{consent.birth-year-future}", "birthYear");
                return false;
            }
            AuthController.ConsentRequest consent = request.consent();
            if (consent == null || !consents.needsGuardian(request.birthYear())) {
                return true;
            }
            boolean valid = true;
            if (isBlank(consent.guardianName())) {
                violation(context, "{consent.guardian-required}", "guardianName");
                valid = false;
            }
            if (isBlank(consent.guardianEmail())) {
                violation(context, "{consent.guardian-required}", "guardianEmail");
                valid = false;
            }
            return valid;
        }

        private static void violation(ConstraintValidatorContext context, String message, String field) {
            var builder = context.buildConstraintViolationWithTemplate(message);
            if ("birthYear".equals(field)) {
                builder.addPropertyNode(field).addConstraintViolation();
            } else {
                builder.addPropertyNode("consent").addPropertyNode(field).addConstraintViolation();
            }
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }
}
