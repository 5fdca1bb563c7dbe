package se.inkopsstod.procurement;

import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.LegacyRequirementNumbers.Creation;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Requirements written before numbers were recorded are numbered in store order, per procurement. */
class LegacyRequirementNumbersTest {

    @Test
    void numbersEachProcurementsRequirementsInStoreOrder() {
        LegacyRequirementNumbers.Numbers numbers = LegacyRequirementNumbers.number(List.of(
                new Creation("a1", "proc-a"), new Creation("b1", "proc-b"), new Creation("a2", "proc-a"),
                new Creation("a3", "proc-a"), new Creation("b2", "proc-b")));

        assertThat(numbers.byRequirement()).isEqualTo(Map.of("a1", 1, "a2", 2, "a3", 3, "b1", 1, "b2", 2));
        assertThat(numbers.byProcurement()).isEqualTo(Map.of("proc-a", 3, "proc-b", 2));
    }

    @Test
    void theSameHistoryGivesTheSameNumbers() {
        List<Creation> history = List.of(new Creation("x", "p"), new Creation("y", "p"), new Creation("z", "p"));
        assertThat(LegacyRequirementNumbers.number(history)).isEqualTo(LegacyRequirementNumbers.number(history));
        assertThat(LegacyRequirementNumbers.number(List.of(history.get(2), history.get(1), history.get(0))).byRequirement()).containsEntry("z", 1);
    }
}
