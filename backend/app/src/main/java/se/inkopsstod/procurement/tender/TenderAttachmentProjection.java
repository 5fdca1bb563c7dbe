package se.inkopsstod.procurement.tender;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * A tender's files as sealed (subscribing, so the vendor lists what it just attached). Each keeps
 * the tender's sequence numbers of its adding and removal: compared with the last submission's,
 * they tell which files the submitted tender holds. A change after a submission waits, like a
 * changed answer, to be submitted again ({@code changed_since_submission}).
 */
@Component
@ProcessingGroup("procurement-workspace")
class TenderAttachmentProjection {

    private final JdbcClient jdbc;

    TenderAttachmentProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TenderAttachmentAddedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.sql("""
                        insert into tender_attachment (attachment_id, tender_id, procurement_id, vendor_organisation_id, sealed_metadata,
                                                       size_bytes, sha256, blob_key, added_at, added_seq)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.attachmentId().value(), event.tenderId().value(), event.procurementId().value(),
                        event.vendorOrganisationId().value(), event.metadata().ciphertext(), event.sizeBytes(), event.sha256(),
                        event.blobKey(), java.sql.Timestamp.from(at), sequence)
                .update();
        changed(event.tenderId().value());
    }

    @EventHandler
    void on(TenderAttachmentRemovedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.sql("update tender_attachment set removed_at = ?, removed_seq = ? where attachment_id = ?")
                .params(java.sql.Timestamp.from(at), sequence, event.attachmentId().value())
                .update();
        changed(event.tenderId().value());
    }

    private void changed(String tender) {
        jdbc.sql("update tender_view set changed_since_submission = true where tender_id = ? and status = 'SUBMITTED'")
                .param(tender).update();
    }
}
