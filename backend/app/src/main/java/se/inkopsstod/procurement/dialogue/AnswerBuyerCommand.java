package se.inkopsstod.procurement.dialogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.DialogueId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/** An invited vendor answers the buyer's market-dialogue question (a new answer replaces its earlier one). */
public record AnswerBuyerCommand(@TargetAggregateIdentifier DialogueId dialogueId, TenantId tenantId, ProcurementId procurementId,
                                 String questionId, VendorOrganisationId vendorOrganisationId, String text, PersonId by)
        implements TenantScoped {
}
