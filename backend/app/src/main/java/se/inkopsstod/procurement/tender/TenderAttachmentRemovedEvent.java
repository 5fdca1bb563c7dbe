package se.inkopsstod.procurement.tender;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

/** A vendor took a file off its tender before the deadline; a submission made before still holds it. */
@SeenBy(Audience.SEALED)
@Revision("1")
public record TenderAttachmentRemovedEvent(TenderId tenderId, TenantId buyer, ProcurementId procurementId,
                                           VendorOrganisationId vendorOrganisationId, AttachmentId attachmentId) {
}
