package se.inkopsstod.procurement.tender;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.shared.PersonId;

import java.sql.Timestamp;

/** Openers, their confirmations and the opening record (subscribing: the opener who confirms reads the result at once). */
@Component
@ProcessingGroup("procurement-workspace")
class OpeningProjection {

    private final JdbcClient jdbc;

    OpeningProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OpenersAppointedEvent event) {
        String procurement = event.procurementId().value();
        jdbc.sql("insert into tender_opening (procurement_id) values (?) on conflict do nothing").param(procurement).update();
        jdbc.sql("delete from tender_opener where procurement_id = ?").param(procurement).update();
        for (PersonId opener : event.openers()) {
            jdbc.sql("insert into tender_opener (procurement_id, person_id) values (?, ?)").params(procurement, opener.value()).update();
        }
    }

    @EventHandler
    void on(OpeningConfirmedEvent event) {
        jdbc.sql("update tender_opener set confirmed_at = ? where procurement_id = ? and person_id = ?")
                .params(Timestamp.from(event.confirmedAt()), event.procurementId().value(), event.by().value()).update();
    }

    @EventHandler
    void on(TendersOpenedEvent event) {
        String procurement = event.procurementId().value();
        jdbc.sql("update tender_opening set opened_at = ?, tender_deadline = ? where procurement_id = ?")
                .params(Timestamp.from(event.openedAt()), Timestamp.from(event.tenderDeadline()), procurement).update();
        for (TendersOpenedEvent.OpenedTender tender : event.tenders()) {
            jdbc.sql("""
                            insert into tender_opening_line (procurement_id, vendor_organisation_id, vendor_name, submitted_at, price_sek)
                            values (?, ?, ?, ?, ?)""")
                    .params(procurement, tender.vendorOrganisationId(), tender.vendorName(), Timestamp.from(tender.submittedAt()),
                            tender.priceSek())
                    .update();
        }
    }
}
