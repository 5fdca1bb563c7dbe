package se.inkopsstod.outcomes.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** The buyer closes the follow-up: the survey takes no more answers and the outcome is final. */
public record CloseFollowUpCommand(@TargetAggregateIdentifier FollowUpId followUpId, TenantId tenantId,
                                   ProcurementId procurementId, PersonId by) implements TenantScoped {
}
