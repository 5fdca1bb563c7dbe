package se.inkopsstod.procurement.evaluation;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.EvaluationId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/** The award decision: the winning vendor and the reasoning every vendor will read. */
@SeenBy(Audience.VENDORS)
@Revision("1")
public record AwardDecidedEvent(EvaluationId evaluationId, TenantId tenantId, ProcurementId procurementId,
                                VendorOrganisationId winner, String reasoning) implements TenantScoped, ProcurementScoped {
}
