package se.inkopsstod.procurement.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;

/**
 * Change a requirement of the published requirement set, with a reason every invited vendor
 * will read. {@code after} null withdraws the requirement from the set. Handling it returns the
 * number the amendment got.
 */
public record AmendRequirementCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId,
                                      String requirementId, PublishedRequirement after, String reason, Instant now)
        implements TenantScoped {
}
