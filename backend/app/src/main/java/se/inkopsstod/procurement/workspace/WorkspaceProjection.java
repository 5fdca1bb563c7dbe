package se.inkopsstod.procurement.workspace;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.access.ProcurementGate;
import se.inkopsstod.procurement.model.NeedProposedEvent;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.PhaseChangedEvent;
import se.inkopsstod.procurement.model.ProcurementCreatedEvent;
import se.inkopsstod.procurement.model.TeamChangedEvent;


import java.time.Instant;

/**
 * The workspace read models: procurements and their teams (needs are kept by the need feature's
 * own projection). Each row keeps its aggregate's version (sequence number + 1), the number an
 * editor sends back.
 */
@Component
@ProcessingGroup(WorkspaceProjection.GROUP)
class WorkspaceProjection {

    static final String GROUP = "procurement-workspace";

    private final JdbcClient jdbc;
    private final ProcurementGate gate;

    WorkspaceProjection(JdbcClient jdbc, ProcurementGate gate) {
        this.jdbc = jdbc;
        this.gate = gate;
    }

    @EventHandler
    void on(ProcurementCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("""
                        insert into procurement_view (procurement_id, tenant_id, title, description, category, procedure, phase,
                               estimated_value_sek, planned_tender_date, planned_award_date, version, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.procurementId().value(), event.tenantId().value(), event.title(), event.description(),
                        event.category(), event.procedure().name(), Phase.NEEDS_ANALYSIS.name(), event.estimatedValueSek(),
                        event.plannedTenderDate(), event.plannedAwardDate(), sequence + 1, ts(at), ts(at))
                .update();
        jdbc.sql("insert into procurement_team (procurement_id, person_id) values (?, ?)")
                .params(event.procurementId().value(), event.createdBy().value()).update();
    }

    @EventHandler
    void on(PhaseChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("update procurement_view set phase = ?, version = ?, updated_at = ? where procurement_id = ?")
                .params(event.to().name(), sequence + 1, ts(at), event.procurementId().value()).update();
    }

    @EventHandler
    void on(TeamChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        gate.changed();
        String id = event.procurementId().value();
        event.removed().forEach(p -> jdbc.sql("delete from procurement_team where procurement_id = ? and person_id = ?")
                .params(id, p.value()).update());
        event.added().forEach(p -> jdbc.sql("insert into procurement_team (procurement_id, person_id) values (?, ?)")
                .params(id, p.value()).update());
        jdbc.sql("update procurement_view set version = ?, updated_at = ? where procurement_id = ?")
                .params(sequence + 1, ts(at), id).update();
    }

    /** A new need counts as work in the procurement: the list shows it as recently changed. */
    @EventHandler
    void on(NeedProposedEvent event, @Timestamp Instant at) {
        touchProcurement(event.procurementId().value(), at);
    }

    private void touchProcurement(String procurementId, Instant at) {
        jdbc.sql("update procurement_view set updated_at = ? where procurement_id = ?").params(ts(at), procurementId).update();
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
