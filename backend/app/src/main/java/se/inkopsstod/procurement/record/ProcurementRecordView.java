package se.inkopsstod.procurement.record;

import se.inkopsstod.procurement.api.RecordSection;

import java.time.Instant;
import java.util.List;

/**
 * A procurement's documentation record (LOU 12 kap. 14–17 §§), written from its events: what the web page
 * shows and the PDF prints. {@code fingerprint} is a SHA-256 over the identifiers of the {@code eventCount}
 * events it was written from.
 */
public record ProcurementRecordView(String procurementId, String title, String tenantName, String procedure,
                                    Edition edition, Instant writtenAt, String writtenBy, int eventCount,
                                    String fingerprint, List<RecordSection> sections) {

    /** The buyer's own copy, or the copy prepared for a request for public documents (no asker named, no working drafts). */
    public enum Edition {
        BUYER, PUBLIC;

        String title() {
            return this == BUYER ? "Upphandlarens exemplar" : "Exemplar för utlämnande";
        }
    }
}
