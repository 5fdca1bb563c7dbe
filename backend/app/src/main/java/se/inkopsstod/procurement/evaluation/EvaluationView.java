package se.inkopsstod.procurement.evaluation;

import se.inkopsstod.procurement.model.EvaluationModel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The evaluation of the opened tenders, ranked by the model chosen at publication. Each row says
 * why it stands where it does: price, mandatory requirements not met, quality and deduction.
 */
public record EvaluationView(EvaluationModel model, Long qualityValueSek, List<Row> rows, Award award) {

    /**
     * One tender. {@code failsMandatory}: mandatory requirements it says it does not meet (the
     * buyer confirms a disqualification). {@code quality}: 0–100, the weighted average score.
     * {@code evaluationPrice}: price less the quality deduction (the price itself with lowest price).
     * {@code rank}: 1 is best; null when disqualified.
     */
    public record Row(String vendorOrganisationId, String vendorName, long priceSek, List<String> failsMandatory,
                      boolean disqualified, String disqualificationReason, BigDecimal quality, long deductionSek,
                      long evaluationPriceSek, Integer rank, List<Score> scores) {
    }

    /** The team's scores of one evaluated requirement (K{@code number}): their average (0–5) and how many scored. */
    public record Score(String requirementId, int number, BigDecimal average, int count) {
    }

    /** The award decision; {@code standstillEndsAt}: no contract before it; {@code contractSignedAt} once signed. */
    public record Award(String winnerVendorOrganisationId, String winnerName, String reasoning, Instant decidedAt,
                        Instant standstillEndsAt, Instant contractSignedAt) {
    }
}
