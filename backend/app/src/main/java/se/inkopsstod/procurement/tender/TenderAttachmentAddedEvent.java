package se.inkopsstod.procurement.tender;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

/**
 * A vendor attached a file to its tender. Sealed until opening like the tender's answers: its name
 * and type only in {@code metadata} (sealed with the procurement's data key, bound to the
 * attachment), its bytes sealed in the blob store under {@code blobKey}. In the clear is only what
 * proves, once opened, which file was seen: the plaintext's size and SHA-256 (hex). Not tenant- or
 * procurement-scoped, so no feed or stream of the buyer hears of it.
 */
@SeenBy(Audience.SEALED)
@Revision("1")
public record TenderAttachmentAddedEvent(TenderId tenderId, TenantId buyer, ProcurementId procurementId,
                                         VendorOrganisationId vendorOrganisationId, AttachmentId attachmentId, long sizeBytes,
                                         String sha256, SealedContent metadata, String blobKey) {
}
