package se.inkopsstod.procurement.attachment;

import org.axonframework.serialization.Revision;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** An attachment was taken off what it was on; nobody reads it through the workspace any more. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record AttachmentRemovedEvent(AttachmentId attachmentId, TenantId tenantId, ProcurementId procurementId,
                                     PersonId removedBy)
        implements TenantScoped, ProcurementScoped {
}
