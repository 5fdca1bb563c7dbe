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

/** A tender was disqualified for not meeting a mandatory requirement, for the reason given. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record TenderDisqualifiedEvent(EvaluationId evaluationId, TenantId tenantId, ProcurementId procurementId,
                                      VendorOrganisationId vendorOrganisationId, String reason)
        implements TenantScoped, ProcurementScoped {
}
