package se.inkopsstod.procurement.qa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** The buyer starts a clarification that no question prompted: a topic, answered and published like a question. */
public record StartClarificationCommand(@TargetAggregateIdentifier QuestionId questionId, TenantId tenantId,
                                        ProcurementId procurementId, String topic, PersonId by) implements TenantScoped {
}
