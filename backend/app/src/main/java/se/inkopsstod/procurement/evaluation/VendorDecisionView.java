package se.inkopsstod.procurement.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The award decision as a vendor sees it: who won and why, and its own evaluation only — never
 * another vendor's tender, price or scores.
 */
public record VendorDecisionView(String winnerName, boolean youWon, String reasoning, Instant decidedAt,
                                 boolean disqualified, String disqualificationReason, Integer yourRank,
                                 long yourEvaluationPriceSek, BigDecimal yourQuality, List<EvaluationView.Score> yourScores) {
}
