package se.inkopsstod.procurement.dialogue;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.DialogueId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/** A vendor answered the buyer's market-dialogue question; the answer is for the buyer's team only. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record BuyerAnsweredEvent(DialogueId dialogueId, TenantId tenantId, ProcurementId procurementId, String questionId,
                                 VendorOrganisationId vendorOrganisationId, String text, PersonId by)
        implements TenantScoped, ProcurementScoped {
}
