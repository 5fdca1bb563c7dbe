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

/**
 * A file was attached to a procurement, a requirement or an answer: its name as uploaded, the type
 * sniffed from its bytes, its size and SHA-256 (hex), which prove which file was seen, and where its
 * bytes are ({@code blobKey} in the blob store).
 */
@SeenBy(Audience.TEAM)
@Revision("1")
public record AttachmentAddedEvent(AttachmentId attachmentId, TenantId tenantId, ProcurementId procurementId,
                                   AttachmentTarget target, String targetId, String fileName, String contentType,
                                   long sizeBytes, String sha256, String blobKey, PersonId addedBy)
        implements TenantScoped, ProcurementScoped {
}
