package se.inkopsstod.outcomes.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Map;

/** A tenant member answers the satisfaction survey (each question 1–5) or changes their answer. */
public record AnswerSurveyCommand(@TargetAggregateIdentifier FollowUpId followUpId, TenantId tenantId,
                                  ProcurementId procurementId, PersonId respondent, Map<SurveyQuestion, Integer> ratings,
                                  String comment, boolean revision) implements TenantScoped {
}
