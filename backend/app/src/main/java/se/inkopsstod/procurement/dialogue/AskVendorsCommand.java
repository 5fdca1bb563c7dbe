package se.inkopsstod.procurement.dialogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.DialogueId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** In market dialogue the buyer asks the invited vendors a question; each answers for the team only. */
public record AskVendorsCommand(@TargetAggregateIdentifier DialogueId dialogueId, TenantId tenantId, ProcurementId procurementId,
                                String questionId, String text) implements TenantScoped {
}
