package se.inkopsstod.procurement.qa;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A question (or clarification) not yet published, as the team's inbox lists it: its procurement,
 * the wording as drafted now, when it was asked and the last day answers are due (null before the
 * tender is published). {@code needsAnswerSoon}: that day is at most two days away.
 */
public record UnansweredQuestionView(String procurementId, String procurementTitle, String questionId,
                                     QuestionView.Kind kind, String question, Instant askedAt, LocalDate answersDueBy,
                                     boolean needsAnswerSoon) {
}
