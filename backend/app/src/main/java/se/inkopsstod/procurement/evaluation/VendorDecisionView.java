package se.inkopsstod.procurement.evaluation;

import se.inkopsstod.procurement.model.EvaluationModel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The award decision (tilldelningsbeslut) as a tenderer receives it: who won and why, the
 * evaluation model, when the standstill period ends and whether the contract is signed, and its
 * own result only — never another vendor's tender, price or scores.
 */
public record VendorDecisionView(String winnerName, boolean youWon, String reasoning, Instant decidedAt,
                                 EvaluationModel evaluationModel, Instant standstillEndsAt, Instant contractSignedAt,
                                 boolean disqualified, String disqualificationReason, Integer yourRank,
                                 long yourEvaluationPriceSek, BigDecimal yourQuality, List<EvaluationView.Score> yourScores) {
}
