package ph.brainbytes.backend.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a database can store as typed: no NUL or other control characters (tabs and line breaks aside) and no half
 * of a surrogate pair. PostgreSQL refuses both, which would otherwise surface as a server error.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StorableTextValidator.class)
public @interface StorableText {

    String message() default "{text.unstorable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
