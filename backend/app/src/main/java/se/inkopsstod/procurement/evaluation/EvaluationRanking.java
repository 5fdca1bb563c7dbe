package se.inkopsstod.procurement.evaluation;

import se.inkopsstod.procurement.tender.Compliance;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.tender.TenderView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks submitted tenders by the model published with the tender, from what is known: the
 * published requirements, the tenders, the team's scores and the disqualifications. No I/O, so
 * every rule of the ranking is a unit test.
 * <ul>
 *   <li>Quality is the weighted average of the team's average scores (0–5) over the evaluated
 *       requirements, as 0–100 with one decimal; 0 when nothing is evaluated.</li>
 *   <li>With price and quality, up to the published quality value is deducted from the price in
 *       proportion to quality; with lowest price, the evaluation price is the price.</li>
 *   <li>Qualified tenders rank by evaluation price, then price, then vendor name (a tie stays
 *       stable); disqualified ones come last, unranked.</li>
 * </ul>
 */
final class EvaluationRanking {

    /** The team's scores of one tender on one evaluated requirement. */
    record Scores(BigDecimal average, int count) {
        static final Scores NONE = new Scores(BigDecimal.ZERO, 0);
    }

    private EvaluationRanking() {
    }

    static List<EvaluationView.Row> rank(EvaluationModel model, Long qualityValueSek, List<PublishedRequirement> requirements,
                                         List<TenderView> tenders, Map<String, String> disqualified,
                                         Map<String, Map<String, Scores>> scoresByVendor) {
        List<EvaluationView.Row> rows = tenders.stream()
                .map(tender -> row(model, qualityValueSek, requirements, tender, disqualified.get(tender.vendorOrganisationId()),
                        scoresByVendor.getOrDefault(tender.vendorOrganisationId(), Map.of())))
                .toList();
        List<EvaluationView.Row> qualified = rows.stream().filter(r -> !r.disqualified())
                .sorted(Comparator.comparingLong(EvaluationView.Row::evaluationPriceSek)
                        .thenComparingLong(EvaluationView.Row::priceSek)
                        .thenComparing(EvaluationView.Row::vendorName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<EvaluationView.Row> ranked = new ArrayList<>();
        for (int i = 0; i < qualified.size(); i++) {
            EvaluationView.Row r = qualified.get(i);
            ranked.add(new EvaluationView.Row(r.vendorOrganisationId(), r.vendorName(), r.priceSek(), r.failsMandatory(), false,
                    null, r.quality(), r.deductionSek(), r.evaluationPriceSek(), i + 1, r.scores()));
        }
        rows.stream().filter(EvaluationView.Row::disqualified)
                .sorted(Comparator.comparing(EvaluationView.Row::vendorName, String.CASE_INSENSITIVE_ORDER))
                .forEach(ranked::add);
        return ranked;
    }

    private static EvaluationView.Row row(EvaluationModel model, Long qualityValueSek, List<PublishedRequirement> requirements,
                                          TenderView tender, String disqualification, Map<String, Scores> scores) {
        Map<String, Compliance> compliance = new HashMap<>();
        tender.responses().forEach(r -> compliance.put(r.requirementId(), r.compliance()));
        List<String> failsMandatory = requirements.stream()
                .filter(r -> r.kind() == RequirementKind.MANDATORY && compliance.get(r.requirementId()) == Compliance.DOES_NOT_MEET)
                .map(PublishedRequirement::requirementId).toList();
        List<EvaluationView.Score> shown = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        int totalWeight = 0;
        for (PublishedRequirement r : requirements) {
            if (r.kind() != RequirementKind.EVALUATED || r.weight() == null) {
                continue;
            }
            totalWeight += r.weight();
            Scores s = scores.getOrDefault(r.requirementId(), Scores.NONE);
            BigDecimal average = s.average().setScale(1, RoundingMode.HALF_UP);
            shown.add(new EvaluationView.Score(r.requirementId(), r.number(), average, s.count()));
            weighted = weighted.add(average.multiply(BigDecimal.valueOf(r.weight())));
        }
        BigDecimal quality = totalWeight == 0 ? BigDecimal.ZERO.setScale(1)
                : weighted.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf((long) totalWeight * Evaluation.MAX_SCORE), 1, RoundingMode.HALF_UP);
        long price = tender.priceSek() == null ? 0 : tender.priceSek();
        long deduction = model == EvaluationModel.PRICE_AND_QUALITY && qualityValueSek != null
                ? quality.multiply(BigDecimal.valueOf(qualityValueSek)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue()
                : 0;
        return new EvaluationView.Row(tender.vendorOrganisationId(), tender.vendorName(), price, failsMandatory,
                disqualification != null, disqualification, quality, deduction, price - deduction, null, shown);
    }
}
