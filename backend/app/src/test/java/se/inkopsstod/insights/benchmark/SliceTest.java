package se.inkopsstod.insights.benchmark;

import org.junit.jupiter.api.Test;
import se.inkopsstod.outcomes.contract.Cohort;
import se.inkopsstod.outcomes.contract.OutcomeShared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differencing attacks: two figures an attacker may ask for that differ by a few procurements. Each
 * pair must leave either figure suppressed, so that subtracting them cannot single anyone out.
 */
class SliceTest {

    @Test
    void aCategoryAndItsQuarterThatDifferByOneProcurementAreNotBothShown() {
        List<OutcomeShared> all = new ArrayList<>();
        for (int t = 1; t <= 6; t++) {
            all.add(outcome("t" + t, "teaching", "MEDIUM", "2026-Q2", 3.0 + t * 0.1));
            all.add(outcome("t" + t, "teaching", "MEDIUM", "2026-Q2", 3.5));
        }
        all.add(outcome("t7", "teaching", "MEDIUM", "2026-Q3", 1.0)); // the one procurement an attacker is after
        Slice category = Slice.of(all).and(o -> o.productCategory().equals("teaching"));
        Slice quarter = category.and(o -> "2026-Q2".equals(o.awardedQuarter()));

        assertThat(cell(category).suppressed()).isNull();
        Cell inQuarter = cell(quarter);
        assertThat(inQuarter.suppressed()).isEqualTo(Suppression.Reason.COMPLEMENT_TOO_SMALL);
        assertThat(inQuarter.median()).isNull();
        assertThat(inQuarter.contributions()).isNull();
    }

    @Test
    void theOnlyVeryLargeHuvudmanCannotBeBoundedByTheOtherSizeBands() {
        List<OutcomeShared> all = new ArrayList<>();
        for (int t = 1; t <= 5; t++) {
            all.add(outcome("l" + t, "attendance", "LARGE", "2026-Q1", 4.0));
        }
        all.add(outcome("giant", "attendance", "VERY_LARGE", "2026-Q1", 1.5));
        Slice category = Slice.of(all).and(o -> o.productCategory().equals("attendance"));

        assertThat(cell(category).suppressed()).isNull();
        assertThat(cell(category.and(o -> o.cohort().sizeBand().equals("VERY_LARGE"))).suppressed())
                .isEqualTo(Suppression.Reason.FEWER_THAN_5_TENANTS);
        // category minus LARGE would be the giant alone: LARGE is not shown either
        assertThat(cell(category.and(o -> o.cohort().sizeBand().equals("LARGE"))).suppressed())
                .isEqualTo(Suppression.Reason.COMPLEMENT_TOO_SMALL);
    }

    @Test
    void aSubCohortWhoseComplementCouldBeShownIsShown() {
        List<OutcomeShared> all = new ArrayList<>();
        for (int t = 1; t <= 5; t++) {
            all.add(outcome("a" + t, "teaching", "SMALL", "2026-Q1", 3.0));
            all.add(outcome("b" + t, "teaching", "LARGE", "2026-Q1", 4.0));
        }
        Slice small = Slice.of(all).and(o -> o.productCategory().equals("teaching")).and(o -> o.cohort().sizeBand().equals("SMALL"));
        Cell cell = cell(small);
        assertThat(cell.suppressed()).isNull();
        assertThat(cell.median()).isEqualTo(3.0);
    }

    @Test
    void aFilterThatLeavesEverythingHasNothingToSubtract() {
        List<OutcomeShared> all = new ArrayList<>();
        for (int t = 1; t <= 5; t++) {
            all.add(outcome("t" + t, "teaching", "SMALL", "2026-Q1", 3.0));
        }
        assertThat(cell(Slice.of(all).and(o -> o.productCategory().equals("teaching"))).suppressed()).isNull();
    }

    private static Cell cell(Slice slice) {
        return slice.cell("SATISFACTION", Metric.SATISFACTION::of, Metric.SATISFACTION.precision());
    }

    private static OutcomeShared outcome(String tenant, String category, String sizeBand, String quarter, double satisfaction) {
        return new OutcomeShared(OutcomeShared.SCHEMA, tenant + "-" + Math.random(), tenant, 1, Instant.EPOCH,
                new Cohort(sizeBand, "MUNICIPAL", "SVEALAND"), category, quarter, 100, 10, Map.of("FUNCTION", 10), 2, 3,
                List.of(), 10, satisfaction, 50.0, 4, 80, 100L, true, true, true);
    }
}
