package se.inkopsstod.procurement.attachment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** Attach a file, already in the blob store under {@code blobKey}, to a procurement, a requirement or an answer. */
public record AddAttachmentCommand(@TargetAggregateIdentifier AttachmentId attachmentId, TenantId tenantId,
                                   ProcurementId procurementId, AttachmentTarget target, String targetId, String fileName,
                                   String contentType, long sizeBytes, String sha256, String blobKey, PersonId addedBy)
        implements TenantScoped {
}
