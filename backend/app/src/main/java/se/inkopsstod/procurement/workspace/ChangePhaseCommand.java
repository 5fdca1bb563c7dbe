package se.inkopsstod.procurement.workspace;

import se.inkopsstod.procurement.api.Phase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** Move a procurement to another phase. */
public record ChangePhaseCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId, Phase phase)
        implements TenantScoped {
}
