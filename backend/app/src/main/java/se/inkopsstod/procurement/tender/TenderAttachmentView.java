package se.inkopsstod.procurement.tender;

import java.time.Instant;

/**
 * A file of a tender, opened: its name and sniffed type, the size and SHA-256 (hex) of its bytes and
 * when it was attached. {@code submitted}: part of the tender as last submitted (the buyer's team,
 * which reads only submitted tenders, sees only such files; a vendor's file attached after its
 * submission waits to be submitted again).
 */
public record TenderAttachmentView(String id, String fileName, String contentType, long sizeBytes, String sha256, Instant addedAt,
                                   boolean submitted) {
}
