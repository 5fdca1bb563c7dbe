package se.inkopsstod.procurement.attachment;

import java.time.Instant;

/** An attachment as an invited vendor lists it: no field for who on the buyer's team added it. */
public record VendorAttachmentView(String id, AttachmentTarget target, String targetId, String fileName, String contentType,
                                   long sizeBytes, String sha256, Instant addedAt) {
}
