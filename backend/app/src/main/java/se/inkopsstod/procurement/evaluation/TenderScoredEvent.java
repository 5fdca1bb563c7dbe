package se.inkopsstod.procurement.evaluation;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.EvaluationId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/** A team member's score (0–5) of one tender against one evaluated requirement; a later score by the same person replaces it. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record TenderScoredEvent(EvaluationId evaluationId, TenantId tenantId, ProcurementId procurementId,
                                VendorOrganisationId vendorOrganisationId, String requirementId, int score, String note,
                                PersonId by) implements TenantScoped, ProcurementScoped {
}
