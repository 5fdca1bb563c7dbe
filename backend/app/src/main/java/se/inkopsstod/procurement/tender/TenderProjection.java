package se.inkopsstod.procurement.tender;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Tenders as saved and submitted, their content as sealed (subscribing, so a vendor reads back what it just saved). */
@Component
@ProcessingGroup("procurement-workspace")
class TenderProjection {

    private final JdbcClient jdbc;

    TenderProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A save after submission changes the draft; the submitted tender stands until submitted again. */
    @EventHandler
    void on(TenderSavedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        insert into tender_view (tender_id, procurement_id, vendor_organisation_id, status, sealed_draft, saved_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (tender_id) do update set sealed_draft = excluded.sealed_draft, saved_at = excluded.saved_at,
                               changed_since_submission = tender_view.status = 'SUBMITTED'""")
                .params(event.tenderId().value(), event.procurementId().value(), event.vendorOrganisationId().value(),
                        TenderView.Status.DRAFT.name(), event.content().ciphertext(), java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(TenderSubmittedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.sql("""
                        update tender_view set status = ?, submitted_at = ?, set_version = ?, sealed_submission = ?,
                               changed_since_submission = false, submitted_seq = ?
                         where tender_id = ?""")
                .params(TenderView.Status.SUBMITTED.name(), java.sql.Timestamp.from(at), event.setVersion(),
                        event.content().ciphertext(), sequence, event.tenderId().value())
                .update();
    }
}
