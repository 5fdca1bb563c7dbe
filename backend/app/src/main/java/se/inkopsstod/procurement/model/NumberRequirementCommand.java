package se.inkopsstod.procurement.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.RequirementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/**
 * Give a requirement about to be written the procurement's next number. {@code numberedBefore}:
 * how many requirements the procurement had before numbers were recorded in events (read from the
 * event store, 0 for every procurement started since), so the numbering carries on after them.
 */
public record NumberRequirementCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId,
                                       RequirementId requirementId, int numberedBefore) implements TenantScoped {
}
