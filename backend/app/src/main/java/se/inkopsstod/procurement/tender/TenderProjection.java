package se.inkopsstod.procurement.tender;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Tenders as saved and submitted (subscribing, so a vendor reads back what it just saved). */
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
        String id = event.tenderId().value();
        jdbc.sql("""
                        insert into tender_view (tender_id, procurement_id, vendor_organisation_id, status, price_sek, saved_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (tender_id) do update set price_sek = excluded.price_sek, saved_at = excluded.saved_at,
                               changed_since_submission = tender_view.status = 'SUBMITTED'""")
                .params(id, event.procurementId().value(), event.vendorOrganisationId().value(), TenderView.Status.DRAFT.name(),
                        event.priceSek(), java.sql.Timestamp.from(at))
                .update();
        replaceResponses("tender_response", id, event.responses());
    }

    @EventHandler
    void on(TenderSubmittedEvent event, @Timestamp Instant at) {
        String id = event.tenderId().value();
        jdbc.sql("""
                        update tender_view set status = ?, submitted_at = ?, set_version = ?, submitted_price_sek = ?,
                               changed_since_submission = false
                         where tender_id = ?""")
                .params(TenderView.Status.SUBMITTED.name(), java.sql.Timestamp.from(at), event.setVersion(), event.priceSek(), id)
                .update();
        replaceResponses("tender_submitted_response", id, event.responses());
    }

    private void replaceResponses(String table, String tenderId, List<TenderResponse> responses) {
        jdbc.sql("delete from " + table + " where tender_id = ?").param(tenderId).update();
        for (TenderResponse r : responses) {
            jdbc.sql("insert into " + table + " (tender_id, requirement_id, compliance, explanation) values (?, ?, ?, ?)")
                    .params(tenderId, r.requirementId(), r.compliance() == null ? null : r.compliance().name(), r.explanation())
                    .update();
        }
    }
}
