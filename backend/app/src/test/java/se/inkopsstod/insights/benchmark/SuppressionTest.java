package se.inkopsstod.insights.benchmark;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The disclosure rules cell by cell: thresholds, dominance, quartiles, rounding and counts. */
class SuppressionTest {

    @Test
    void fiveBalancedTenantsShowAMedianButNoQuartilesWhichWouldBeTheirOwnValues() {
        Cell cell = Suppression.cell("SATISFACTION", List.of(c("a", 2), c("b", 3), c("c", 4), c("d", 5), c("e", 1)), 0.1);
        assertThat(cell.suppressed()).isNull();
        assertThat(cell.median()).isEqualTo(3.0);
        assertThat(cell.lowerQuartile()).as("the 2nd value").isNull();
        assertThat(cell.upperQuartile()).as("the 4th value").isNull();
        assertThat(cell.tenants()).isEqualTo(5);
        assertThat(cell.contributions()).isEqualTo(5);
    }

    @Test
    void quartilesFromTenContributions() {
        List<Suppression.Contribution> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(c("t" + (i % 5), i + 1));
        }
        Cell cell = Suppression.cell("SATISFACTION", ten, 0.1);
        assertThat(cell.median()).isEqualTo(5.5);
        assertThat(cell.lowerQuartile()).isEqualTo(3.3); // 3.25 rounded half up to a tenth
        assertThat(cell.upperQuartile()).isEqualTo(7.8);
        assertThat(cell.contributions()).isEqualTo(10);
    }

    @Test
    void fourTenantsAreTooFewHoweverManyProcurementsTheyHaveAndTheSuppressedCellCountsNothing() {
        List<Suppression.Contribution> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(c("t" + (i % 4), i));
        }
        Cell cell = Suppression.cell("COST", many, 10);
        assertThat(cell.suppressed()).isEqualTo(Suppression.Reason.FEWER_THAN_5_TENANTS);
        assertThat(cell.median()).isNull();
        assertThat(cell.contributions()).isNull();
        assertThat(cell.tenants()).isNull();
    }

    @Test
    void twoTenantsWithMoreThan85PercentOfTheContributionsHideTheCell() {
        List<Suppression.Contribution> dominated = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            dominated.add(c("big1", 4));
            dominated.add(c("big2", 2));
        }
        dominated.addAll(List.of(c("s1", 3), c("s2", 3), c("s3", 3))); // 18 of 21 = 85.7 %
        Cell hidden = Suppression.cell("X", dominated, 0.1);
        assertThat(hidden.suppressed()).isEqualTo(Suppression.Reason.DOMINATED_BY_TWO_TENANTS);
        assertThat(hidden.contributions()).isNull();

        List<Suppression.Contribution> justBelow = new ArrayList<>(dominated);
        justBelow.add(c("s4", 3)); // 18 of 22 = 81.8 %
        assertThat(Suppression.cell("X", justBelow, 0.1).suppressed()).isNull();
    }

    @Test
    void aComplementThatCouldNotBeShownHidesTheCellAndAnEmptyOneDoesNot() {
        List<Suppression.Contribution> five = List.of(c("a", 2), c("b", 3), c("c", 4), c("d", 5), c("e", 1));
        assertThat(Suppression.cell("X", five, List.of(List.of(c("f", 3))), 0.1).suppressed())
                .isEqualTo(Suppression.Reason.COMPLEMENT_TOO_SMALL);
        assertThat(Suppression.cell("X", five, List.of(List.of()), 0.1).suppressed()).as("the same figure twice").isNull();
    }

    @Test
    void figuresAreRoundedToTheMetricsPrecisionAndCountsDownToFives() {
        assertThat(Suppression.round(3.87, 0.1)).isEqualTo(3.9);
        assertThat(Suppression.round(104, 10)).isEqualTo(100.0);
        assertThat(Suppression.round(72.5, 5)).isEqualTo(75.0);
        assertThat(Suppression.round(142, 5)).isEqualTo(140.0);
        assertThat(Suppression.roundedCount(9)).isEqualTo(5);
        assertThat(Suppression.roundedCount(10)).isEqualTo(10);
    }

    @Test
    void quartilesInterpolateBetweenRanks() {
        assertThat(Suppression.quantile(new double[]{1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
        assertThat(Suppression.quantile(new double[]{1, 2, 3, 4}, 0.25)).isEqualTo(1.75);
        assertThat(Suppression.quantile(new double[]{7}, 0.75)).isEqualTo(7);
    }

    private static Suppression.Contribution c(String tenant, double value) {
        return new Suppression.Contribution(tenant, value);
    }
}
