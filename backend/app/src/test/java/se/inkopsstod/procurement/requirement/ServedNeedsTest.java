package se.inkopsstod.procurement.requirement;

import org.junit.jupiter.api.Test;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NeedId;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ServedNeedsTest {

    private static final Set<String> OPEN = Set.of("need-a", "need-b");

    @Test
    void aRequirementMayServeOpenNeedsOfItsProcurement() {
        assertThat(ServedNeeds.among(Set.of("need-a", "need-b"), OPEN))
                .containsExactlyInAnyOrder(NeedId.of("need-a"), NeedId.of("need-b"));
        assertThat(ServedNeeds.among(Set.of(), OPEN)).isEmpty();
    }

    @Test
    void aNeedThatIsClosedOrOfAnotherProcurementCannotBeServed() {
        InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
                () -> ServedNeeds.among(Set.of("need-a", "need-rejected"), OPEN));

        assertThat(problem.code()).isEqualTo("requirement.unknown-need");
        assertThat(problem.field()).isEqualTo("needIds");
        assertThat(problem.getMessage()).isEqualTo("A requirement can only serve open needs of the same procurement.");
    }
}
