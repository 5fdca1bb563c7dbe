package se.inkopsstod.procurement.evaluation;

import se.inkopsstod.procurement.model.ContractSignedEvent;
import se.inkopsstod.procurement.model.StandstillStartedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Scores, disqualifications and the award (subscribing: the team sees its own scoring at once). */
@Component
@ProcessingGroup("procurement-workspace")
class EvaluationProjection {

    private final JdbcClient jdbc;

    EvaluationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TenderScoredEvent event) {
        jdbc.sql("""
                        insert into evaluation_score (procurement_id, vendor_organisation_id, requirement_id, scored_by, score, note)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (procurement_id, vendor_organisation_id, requirement_id, scored_by)
                        do update set score = excluded.score, note = excluded.note""")
                .params(event.procurementId().value(), event.vendorOrganisationId().value(), event.requirementId(),
                        event.by().value(), event.score(), event.note())
                .update();
    }

    @EventHandler
    void on(TenderDisqualifiedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        insert into evaluation_disqualification (procurement_id, vendor_organisation_id, reason, decided_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(event.procurementId().value(), event.vendorOrganisationId().value(), event.reason(),
                        java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(AwardDecidedEvent event, @Timestamp Instant at) {
        jdbc.sql("insert into evaluation_award (procurement_id, winner_vendor_id, reasoning, decided_at) values (?, ?, ?, ?)")
                .params(event.procurementId().value(), event.winner().value(), event.reasoning(), java.sql.Timestamp.from(at))
                .update();
    }

    /** The decision's own moment (the one its standstill counts from) replaces the moment the event was stored. */
    @EventHandler
    void on(StandstillStartedEvent event) {
        jdbc.sql("update evaluation_award set decided_at = ?, standstill_ends_at = ? where procurement_id = ?")
                .params(java.sql.Timestamp.from(event.decidedAt()), java.sql.Timestamp.from(event.endsAt()),
                        event.procurementId().value()).update();
    }

    @EventHandler
    void on(ContractSignedEvent event) {
        jdbc.sql("update evaluation_award set contract_signed_at = ? where procurement_id = ?")
                .params(java.sql.Timestamp.from(event.signedAt()), event.procurementId().value()).update();
    }
}
