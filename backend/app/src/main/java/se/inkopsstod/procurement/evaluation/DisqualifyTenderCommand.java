package se.inkopsstod.procurement.evaluation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.EvaluationId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/** The buyer confirms that a tender is out: it does not meet a mandatory requirement. */
public record DisqualifyTenderCommand(@TargetAggregateIdentifier EvaluationId evaluationId, TenantId tenantId,
                                      ProcurementId procurementId, VendorOrganisationId vendorOrganisationId, String reason)
        implements TenantScoped {
}
