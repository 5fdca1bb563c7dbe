package se.inkopsstod.procurement.qa;

import java.time.Instant;

/**
 * A question as a vendor sees it: published questions and answers (everyone's, never saying who
 * asked) and the vendor's own unanswered questions. {@code yours}: the caller's organisation asked it.
 */
public record VendorQuestionView(String id, String question, String answer, String requirementId, Instant publishedAt,
                                 boolean yours, boolean clarification) {
}
