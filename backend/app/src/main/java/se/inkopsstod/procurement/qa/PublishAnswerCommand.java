package se.inkopsstod.procurement.qa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Publish the question and its answer to every invited vendor at once. {@code answersDueBy} is
 * null before the tender is published; an answer published after it is flagged late.
 */
public record PublishAnswerCommand(@TargetAggregateIdentifier QuestionId questionId, TenantId tenantId,
                                   LocalDate answersDueBy, Instant now) implements TenantScoped {
}
