package se.inkopsstod.tenancy.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field holding a Swedish organisation number whose check digit is right. Only the check digit:
 * the shape (ten digits, the hyphen optional) is {@code @Pattern(regexp = OrganisationNumbers.PATTERN)}'s,
 * so that each mistake gets its own sentence (message keys {@code Pattern.organisationNumber} and
 * {@code OrganisationNumber} of the problem bundle).
 */
@Documented
@Constraint(validatedBy = OrganisationNumber.CheckDigit.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganisationNumber {

    String message() default "the check digit does not match: check the number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Passes what is empty or of the wrong shape (other constraints speak of those) and numbers whose check digit is right. */
    class CheckDigit implements ConstraintValidator<OrganisationNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !value.matches(OrganisationNumbers.PATTERN) || OrganisationNumbers.hasValidCheckDigit(value);
        }
    }
}
