package se.inkopsstod.procurement.evaluation;

import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.model.Procedure;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ten days after an electronic award decision (LOU 20 kap. 1 §), none for a direct award, each configurable. */
class StandstillPeriodsTest {

    private static final Instant DECIDED = Instant.parse("2027-04-12T09:00:00Z");

    @Test
    void lousTenDaysByDefaultAndNoneForADirectAward() {
        StandstillPeriods periods = new StandstillPeriods(null);
        assertThat(periods.endsAt(Procedure.OPEN, DECIDED)).isEqualTo(Instant.parse("2027-04-22T09:00:00Z"));
        assertThat(periods.endsAt(Procedure.SIMPLIFIED, DECIDED)).isEqualTo(Instant.parse("2027-04-22T09:00:00Z"));
        assertThat(periods.endsAt(Procedure.DIRECT_AWARD, DECIDED)).isEqualTo(DECIDED);
    }

    @Test
    void aProcedureCanBeGivenItsOwnPeriodButNotANegativeOne() {
        StandstillPeriods periods = new StandstillPeriods(Map.of(Procedure.FRAMEWORK_CALL_OFF, 15));
        assertThat(periods.endsAt(Procedure.FRAMEWORK_CALL_OFF, DECIDED)).isEqualTo(Instant.parse("2027-04-27T09:00:00Z"));
        assertThat(periods.endsAt(Procedure.OPEN, DECIDED)).isEqualTo(Instant.parse("2027-04-22T09:00:00Z"));
        assertThatThrownBy(() -> new StandstillPeriods(Map.of(Procedure.OPEN, -1))).hasMessageContaining("cannot be negative");
    }
}
