package se.inkopsstod.procurement.tender;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.AddressedToTenant;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Instant;

/**
 * An invited vendor attaches a file to its tender, before the deadline: the file is already in the
 * blob store under {@code blobKey}, sealed; its name and type come sealed in {@code metadata}; its
 * size and SHA-256 are of the plaintext. Like every tender command, not tenant-scoped.
 */
public record AddTenderAttachmentCommand(@TargetAggregateIdentifier TenderId tenderId, TenantId buyer, ProcurementId procurementId,
                                         VendorOrganisationId vendorOrganisationId, AttachmentId attachmentId, long sizeBytes,
                                         String sha256, SealedContent metadata, String blobKey, Instant tenderDeadline,
                                         Instant now) implements AddressedToTenant {

    @Override
    public TenantId addressedTenant() {
        return buyer;
    }
}
