package se.inkopsstod.procurement.evaluation;

import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.tender.Compliance;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.tender.TenderResponse;
import se.inkopsstod.procurement.tender.TenderView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking of opened tenders, rule by rule. */
class EvaluationRankingTest {

    private static final PublishedRequirement MUST = new PublishedRequirement("must", 1, "Ska-krav", RequirementKind.MANDATORY, null,
            RequirementCategory.FUNCTION, "Intyg");
    private static final PublishedRequirement EASE = new PublishedRequirement("ease", 2, "Lätt att använda", RequirementKind.EVALUATED, 3,
            RequirementCategory.FUNCTION, "Demo");
    private static final PublishedRequirement SUPPORT = new PublishedRequirement("support", 3, "Support", RequirementKind.EVALUATED, 1,
            RequirementCategory.SUPPORT_AND_TRAINING, "Demo");

    @Test
    void lowestPriceRanksByPriceAlone() {
        List<EvaluationView.Row> rows = EvaluationRanking.rank(EvaluationModel.LOWEST_PRICE, null, List.of(MUST, EASE),
                List.of(tender("a", "Alfa AB", 300_000), tender("b", "Beta AB", 200_000)), Map.of(),
                Map.of("a", Map.of("ease", scores("5.0", 2))));

        assertThat(rows).extracting(EvaluationView.Row::vendorName).containsExactly("Beta AB", "Alfa AB");
        assertThat(rows).extracting(EvaluationView.Row::rank).containsExactly(1, 2);
        assertThat(rows.get(1).deductionSek()).isZero();
        assertThat(rows.get(1).evaluationPriceSek()).isEqualTo(300_000);
    }

    @Test
    void priceAndQualityDeductsTheQualityValueInProportionToTheWeightedScores() {
        // Alfa: ease 5 (weight 3), support 1 (weight 1) → (15 + 1) / 20 = 80 % → deduct 80 000 of 100 000
        List<EvaluationView.Row> rows = EvaluationRanking.rank(EvaluationModel.PRICE_AND_QUALITY, 100_000L,
                List.of(MUST, EASE, SUPPORT),
                List.of(tender("a", "Alfa AB", 300_000), tender("b", "Beta AB", 250_000)), Map.of(),
                Map.of("a", Map.of("ease", scores("5", 2), "support", scores("1", 1))));

        EvaluationView.Row alfa = rows.get(0);
        assertThat(alfa.vendorName()).isEqualTo("Alfa AB");
        assertThat(alfa.quality()).isEqualByComparingTo("80.0");
        assertThat(alfa.deductionSek()).isEqualTo(80_000);
        assertThat(alfa.evaluationPriceSek()).isEqualTo(220_000);
        assertThat(alfa.scores()).extracting(EvaluationView.Score::count).containsExactly(2, 1);
        // Beta was never scored: quality 0, no deduction, second
        assertThat(rows.get(1).quality()).isEqualByComparingTo("0");
        assertThat(rows.get(1).evaluationPriceSek()).isEqualTo(250_000);
        assertThat(rows.get(1).rank()).isEqualTo(2);
    }

    @Test
    void averagesAreRoundedToOneDecimalBeforeTheyAreWeighed() {
        List<EvaluationView.Row> rows = EvaluationRanking.rank(EvaluationModel.PRICE_AND_QUALITY, 10_000L, List.of(EASE),
                List.of(tender("a", "Alfa AB", 100_000)), Map.of(), Map.of("a", Map.of("ease", scores("3.333333", 3))));

        assertThat(rows.get(0).scores().get(0).average()).isEqualByComparingTo("3.3");
        assertThat(rows.get(0).quality()).isEqualByComparingTo("66.0");
    }

    @Test
    void tiesGoByPriceThenByNameSoTheOrderIsStable() {
        List<EvaluationView.Row> rows = EvaluationRanking.rank(EvaluationModel.LOWEST_PRICE, null, List.of(MUST),
                List.of(tender("c", "Cesium AB", 100_000), tender("a", "Alfa AB", 100_000), tender("b", "Beta AB", 90_000)),
                Map.of(), Map.of());

        assertThat(rows).extracting(EvaluationView.Row::vendorName).containsExactly("Beta AB", "Alfa AB", "Cesium AB");
        assertThat(rows).extracting(EvaluationView.Row::rank).containsExactly(1, 2, 3);
    }

    @Test
    void aDisqualifiedTenderComesLastUnrankedWithItsReason() {
        TenderView failing = new TenderView("a", "Alfa AB", TenderView.Status.SUBMITTED,
                List.of(new TenderResponse("must", Compliance.DOES_NOT_MEET, "Nej")), 50_000L, Instant.EPOCH, Instant.EPOCH, 1, false, Instant.EPOCH);
        List<EvaluationView.Row> rows = EvaluationRanking.rank(EvaluationModel.LOWEST_PRICE, null, List.of(MUST),
                List.of(failing, tender("b", "Beta AB", 200_000)), Map.of("a", "Uppfyller inte ska-krav 1"), Map.of());

        assertThat(rows).extracting(EvaluationView.Row::vendorName).containsExactly("Beta AB", "Alfa AB");
        EvaluationView.Row out = rows.get(1);
        assertThat(out.disqualified()).isTrue();
        assertThat(out.rank()).isNull();
        assertThat(out.disqualificationReason()).isEqualTo("Uppfyller inte ska-krav 1");
        assertThat(out.failsMandatory()).containsExactly("must");
    }

    @Test
    void withNoEvaluatedRequirementsQualityIsZeroAndNothingIsDeducted() {
        List<EvaluationView.Row> rows = EvaluationRanking.rank(EvaluationModel.PRICE_AND_QUALITY, 50_000L, List.of(MUST),
                List.of(tender("a", "Alfa AB", 100_000)), Map.of(), Map.of());

        assertThat(rows.get(0).quality()).isEqualByComparingTo("0");
        assertThat(rows.get(0).deductionSek()).isZero();
        assertThat(rows.get(0).scores()).isEmpty();
    }

    private static TenderView tender(String vendor, String name, long price) {
        return new TenderView(vendor, name, TenderView.Status.SUBMITTED, List.of(new TenderResponse("must", Compliance.MEETS, "Ja")),
                price, Instant.EPOCH, Instant.EPOCH, 1, false, Instant.EPOCH);
    }

    private static EvaluationRanking.Scores scores(String average, int count) {
        return new EvaluationRanking.Scores(new BigDecimal(average), count);
    }
}
