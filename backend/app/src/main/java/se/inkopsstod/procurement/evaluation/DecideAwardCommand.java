package se.inkopsstod.procurement.evaluation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.EvaluationId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/** The buyer decides the award: the winner among the qualified tenders, and why. */
public record DecideAwardCommand(@TargetAggregateIdentifier EvaluationId evaluationId, TenantId tenantId,
                                 ProcurementId procurementId, VendorOrganisationId winner, String reasoning)
        implements TenantScoped {
}
