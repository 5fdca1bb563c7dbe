package se.inkopsstod.procurement.qa;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/** A vendor asked a question. Who asked is for the buyer's team only, never for other vendors. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record QuestionAskedEvent(QuestionId questionId, TenantId tenantId, ProcurementId procurementId,
                                 VendorOrganisationId vendorOrganisationId, PersonId askedBy, String text,
                                 String requirementId) implements TenantScoped, ProcurementScoped {
}
