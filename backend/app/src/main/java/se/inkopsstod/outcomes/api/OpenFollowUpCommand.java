package se.inkopsstod.outcomes.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** The buyer opens the follow-up of a procurement once it is in implementation or later. */
public record OpenFollowUpCommand(@TargetAggregateIdentifier FollowUpId followUpId, TenantId tenantId,
                                  ProcurementId procurementId, PersonId by) implements TenantScoped {
}
