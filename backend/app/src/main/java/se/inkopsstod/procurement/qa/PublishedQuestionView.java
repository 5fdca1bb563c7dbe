package se.inkopsstod.procurement.qa;

import java.time.Instant;

/**
 * A question (or the buyer's own clarification) as published to every invited vendor, for
 * exports: the published wording and answer, never who asked nor the asker's own wording
 * (OSL 19 kap. 3 §), nor when it was asked.
 */
public record PublishedQuestionView(String id, String question, String answer, String requirementId, Instant publishedAt,
                                    boolean clarification) {
}
