package se.inkopsstod.procurement.qa;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A question or clarification as the buyer's team sees it: who asked (vendor organisation), the
 * original wording, the draft to publish, and where it stands. {@code needsAnswerSoon}: not yet
 * published and the day answers are due is at most two days away.
 */
public record QuestionView(String id, long version, String procurementId, Kind kind, Asker askedBy, String originalText,
                           String question, String answer, String requirementId, Instant askedAt, Instant publishedAt,
                           boolean late, LocalDate answersDueBy, boolean needsAnswerSoon) {

    public enum Kind { QUESTION, CLARIFICATION }

    /** The vendor organisation that asked (null for a clarification). */
    public record Asker(String vendorOrganisationId, String vendorName) {
    }
}
