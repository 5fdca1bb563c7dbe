package se.inkopsstod.procurement.dialogue;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.procurement.model.PublishedRequirement;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.DialogueId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.List;

/** Round {@code round} of the draft requirement set went to the invited vendors for comment. */
@SeenBy(Audience.VENDORS)
@Revision("2")
public record DraftSharedEvent(DialogueId dialogueId, TenantId tenantId, ProcurementId procurementId, int round, String message,
                               List<PublishedRequirement> requirements) implements TenantScoped, ProcurementScoped {
}
