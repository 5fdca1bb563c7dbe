package se.inkopsstod.procurement.dialogue;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.DialogueId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** The buyer asked the invited vendors a market-dialogue question. */
@SeenBy(Audience.VENDORS)
@Revision("1")
public record VendorsAskedEvent(DialogueId dialogueId, TenantId tenantId, ProcurementId procurementId, String questionId,
                                String text) implements TenantScoped, ProcurementScoped {
}
