package se.inkopsstod.procurement.workspace;

import java.time.Instant;
import se.inkopsstod.procurement.api.Phase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/**
 * Move a procurement to another phase, at {@code now}: evaluation may not start before a published
 * tender's deadline, while tenders may still come in and questions are still taken.
 */
public record ChangePhaseCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId, Phase phase,
                                 Instant now) implements TenantScoped {
}
