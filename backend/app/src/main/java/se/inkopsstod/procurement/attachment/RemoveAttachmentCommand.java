package se.inkopsstod.procurement.attachment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** Take an attachment off what it was on (its file stays in the blob store for the record). */
public record RemoveAttachmentCommand(@TargetAggregateIdentifier AttachmentId attachmentId, TenantId tenantId, PersonId removedBy)
        implements TenantScoped {
}
