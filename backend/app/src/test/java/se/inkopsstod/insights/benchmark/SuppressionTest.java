package se.inkopsstod.insights.benchmark;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

    @Test
    void fiveBalancedTenantsShowMedianAndQuartiles() {
        Cell cell = Suppression.cell("SATISFACTION", List.of(c("a", 2), c("b", 3), c("c", 4), c("d", 5), c("e", 1)));
        assertThat(cell.suppressed()).isNull();
        assertThat(cell.median()).isEqualTo(3.0);
        assertThat(cell.lowerQuartile()).isEqualTo(2.0);
        assertThat(cell.upperQuartile()).isEqualTo(4.0);
        assertThat(cell.tenants()).isEqualTo(5);
    }

    @Test
    void fourTenantsAreTooFewHoweverManyProcurementsTheyHave() {
        List<Suppression.Contribution> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(c("t" + (i % 4), i));
        }
        Cell cell = Suppression.cell("COST", many);
        assertThat(cell.suppressed()).isEqualTo(Suppression.Reason.FEWER_THAN_5_TENANTS);
        assertThat(cell.median()).isNull();
        assertThat(cell.contributions()).isEqualTo(40);
    }

    @Test
    void twoTenantsWithMoreThan85PercentOfTheContributionsHideTheCell() {
        List<Suppression.Contribution> dominated = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            dominated.add(c("big1", 4));
            dominated.add(c("big2", 2));
        }
        dominated.addAll(List.of(c("s1", 3), c("s2", 3), c("s3", 3))); // 18 of 21 = 85.7 %
        assertThat(Suppression.cell("X", dominated).suppressed()).isEqualTo(Suppression.Reason.DOMINATED_BY_TWO_TENANTS);

        List<Suppression.Contribution> justBelow = new ArrayList<>(dominated);
        justBelow.add(c("s4", 3)); // 18 of 22 = 81.8 %
        assertThat(Suppression.cell("X", justBelow).suppressed()).isNull();
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
