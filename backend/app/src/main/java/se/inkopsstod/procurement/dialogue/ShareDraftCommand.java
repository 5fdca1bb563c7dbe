package se.inkopsstod.procurement.dialogue;

import se.inkopsstod.procurement.model.PublishedRequirement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.DialogueId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.List;

/** Share the draft requirement set with the invited vendors for comment (a request for information). */
public record ShareDraftCommand(@TargetAggregateIdentifier DialogueId dialogueId, TenantId tenantId, ProcurementId procurementId,
                                String message, List<PublishedRequirement> requirements) implements TenantScoped {
}
