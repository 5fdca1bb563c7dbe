package se.inkopsstod.procurement.evaluation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.EvaluationId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/** Someone on the team scores how well a tender meets an evaluated requirement, 0 to 5. */
public record ScoreTenderCommand(@TargetAggregateIdentifier EvaluationId evaluationId, TenantId tenantId,
                                 ProcurementId procurementId, VendorOrganisationId vendorOrganisationId,
                                 String requirementId, int score, String note, PersonId by) implements TenantScoped {
}
