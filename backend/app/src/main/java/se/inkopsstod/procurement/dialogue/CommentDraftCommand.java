package se.inkopsstod.procurement.dialogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.DialogueId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/** An invited vendor comments on a requirement of the shared draft; only the buyer's team reads it. */
public record CommentDraftCommand(@TargetAggregateIdentifier DialogueId dialogueId, TenantId tenantId, ProcurementId procurementId,
                                  VendorOrganisationId vendorOrganisationId, String requirementId, String text, PersonId by)
        implements TenantScoped {
}
