package se.inkopsstod.procurement.ocds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.Procedure;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OcdsCodesTest {

    @ParameterizedTest
    @CsvSource({"OPEN, open, Öppet förfarande", "SIMPLIFIED, open, Förenklat förfarande", "DIRECT_AWARD, limited, Direktupphandling",
            "FRAMEWORK_CALL_OFF, selective, Förnyad konkurrensutsättning inom ramavtal"})
    void eachProcedureIsAnOcdsMethodWithItsSwedishName(Procedure procedure, String code, String details) {
        assertThat(OcdsCodes.method(procedure)).isEqualTo(new OcdsCodes.Method(code, details));
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void everyMethodIsInTheClosedCodelist(Procedure procedure) {
        assertThat(Set.of("open", "selective", "limited", "direct")).contains(OcdsCodes.method(procedure).code());
    }

    @Test
    void theTenderIsPlannedUntilPublishedActiveUntilTheAwardThenComplete() {
        assertThat(OcdsCodes.tenderStatus(Phase.NEEDS_ANALYSIS, false, false)).isEqualTo("planning");
        assertThat(OcdsCodes.tenderStatus(Phase.TENDERING, true, false)).isEqualTo("active");
        assertThat(OcdsCodes.tenderStatus(Phase.EVALUATION, true, false)).isEqualTo("active");
        assertThat(OcdsCodes.tenderStatus(Phase.AWARDED, true, true)).isEqualTo("complete");
        assertThat(OcdsCodes.tenderStatus(Phase.CLOSED, true, true)).isEqualTo("complete");
        assertThat(OcdsCodes.tenderStatus(Phase.CLOSED, true, false)).isEqualTo("cancelled");
        assertThat(OcdsCodes.tenderStatus(Phase.CLOSED, false, false)).isEqualTo("cancelled");
    }

    @Test
    void anAwardIsPendingThroughTheStandstillPeriod() {
        Instant ends = Instant.parse("2026-04-20T09:00:00Z");
        assertThat(OcdsCodes.awardStatus(ends, null, ends.minusSeconds(1))).isEqualTo("pending");
        assertThat(OcdsCodes.awardStatus(ends, null, ends)).isEqualTo("active");
        assertThat(OcdsCodes.awardStatus(ends, ends.minusSeconds(60), ends.minusSeconds(1))).isEqualTo("active");
        assertThat(OcdsCodes.awardStatus(null, null, ends)).as("no standstill (direct award)").isEqualTo("active");
    }
}
