package se.inkopsstod.tenancy.api;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationNumbersTest {

    @Test
    void acceptsNumbersWhoseLastDigitIsTheLuhnCheckDigitOfTheFirstNine() {
        // Skatteverket's own example and a municipality's
        assertThat(OrganisationNumbers.hasValidCheckDigit("556036-0793")).isTrue();
        assertThat(OrganisationNumbers.hasValidCheckDigit("212000-0142")).isTrue();
        assertThat(OrganisationNumbers.hasValidCheckDigit("5560360793")).isTrue();
        assertThat(OrganisationNumbers.hasValidCheckDigit(" 556036-0793 ")).isTrue();
    }

    @Test
    void refusesAMistypedDigitAndAnythingNotShapedLikeANumber() {
        assertThat(OrganisationNumbers.hasValidCheckDigit("556000-0000")).isFalse();
        assertThat(OrganisationNumbers.hasValidCheckDigit("556036-0794")).isFalse();
        assertThat(OrganisationNumbers.hasValidCheckDigit("556063-0793")).as("two digits swapped").isFalse();
        assertThat(OrganisationNumbers.hasValidCheckDigit("12-34")).isFalse();
        assertThat(OrganisationNumbers.hasValidCheckDigit("")).isFalse();
        assertThat(OrganisationNumbers.hasValidCheckDigit(null)).isFalse();
    }

    @Test
    void completesNineDigitsWithTheirCheckDigit() {
        assertThat(OrganisationNumbers.withCheckDigit("556036079")).isEqualTo("556036-0793");
        assertThat(OrganisationNumbers.withCheckDigit("556000000")).isEqualTo("556000-0001");
        assertThat(OrganisationNumbers.hasValidCheckDigit(OrganisationNumbers.withCheckDigit("559123456"))).isTrue();
        assertThatThrownBy(() -> OrganisationNumbers.withCheckDigit("55600000")).isInstanceOf(IllegalArgumentException.class);
    }

    record Form(@Pattern(regexp = OrganisationNumbers.PATTERN) @OrganisationNumber String organisationNumber) {
    }

    @Test
    void theConstraintSpeaksOnlyOfTheCheckDigitLeavingTheShapeToThePattern() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Form("556036-0793"))).isEmpty();
            assertThat(validator.validate(new Form(null))).isEmpty();
            assertThat(validator.validate(new Form("556000-0000")))
                    .singleElement().satisfies(v -> assertThat(v.getConstraintDescriptor().getAnnotation())
                            .isInstanceOf(OrganisationNumber.class));
            assertThat(validator.validate(new Form("12-34")))
                    .singleElement().satisfies(v -> assertThat(v.getConstraintDescriptor().getAnnotation())
                            .isInstanceOf(Pattern.class));
        }
    }
}
