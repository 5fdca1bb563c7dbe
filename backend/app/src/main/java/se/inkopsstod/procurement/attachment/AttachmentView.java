package se.inkopsstod.procurement.attachment;

import java.time.Instant;

/**
 * An attachment as the buyer's team lists it: what it is on, the file's name, sniffed type, size and
 * SHA-256 (hex), and who added it when.
 */
public record AttachmentView(String id, AttachmentTarget target, String targetId, String fileName, String contentType,
                             long sizeBytes, String sha256, Person addedBy, Instant addedAt) {

    /** Who added it. */
    public record Person(String id, String name) {
    }
}
