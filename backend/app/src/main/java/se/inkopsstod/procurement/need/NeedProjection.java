package se.inkopsstod.procurement.need;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.model.Benefit;
import se.inkopsstod.procurement.model.NeedAcceptedEvent;
import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedEditedEvent;
import se.inkopsstod.procurement.model.NeedEndorsedEvent;
import se.inkopsstod.procurement.model.NeedEndorsementWithdrawnEvent;
import se.inkopsstod.procurement.model.NeedMergedEvent;
import se.inkopsstod.procurement.model.NeedProposedEvent;
import se.inkopsstod.procurement.model.NeedRejectedEvent;
import se.inkopsstod.procurement.model.NeedStatus;

import java.time.Instant;

/**
 * The needs of the workspace and their endorsements, in the workspace's processing group (so in
 * the command's own transaction: an editor reads back the version they wrote). Each row keeps its
 * need's version (sequence number + 1), the number an editor sends back.
 */
@Component
@ProcessingGroup("procurement-workspace")
class NeedProjection {

    private final JdbcClient jdbc;

    NeedProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NeedProposedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        NeedContent c = event.content();
        Benefit b = c.benefit() == null ? new Benefit(null, null, null, null, null) : c.benefit();
        jdbc.sql("""
                        insert into need_view (need_id, procurement_id, tenant_id, version, statement, perspective, school_process,
                               priority, steering_document, benefit_description, benefit_indicator, benefit_baseline,
                               benefit_target, benefit_unit, status, proposed_by, proposed_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.needId().value(), event.procurementId().value(), event.tenantId().value(), sequence + 1,
                        c.statement(), c.perspective(), c.schoolProcess(), c.priority().name(), c.steeringDocument(),
                        b.description(), b.indicator(), b.baseline(), b.target(), b.unit(), NeedStatus.PROPOSED.name(),
                        event.proposedBy().value(), ts(at), ts(at))
                .update();
    }

    @EventHandler
    void on(NeedEditedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        NeedContent c = event.after();
        Benefit b = c.benefit() == null ? new Benefit(null, null, null, null, null) : c.benefit();
        jdbc.sql("""
                        update need_view set version = ?, statement = ?, perspective = ?, school_process = ?, priority = ?,
                               steering_document = ?, benefit_description = ?, benefit_indicator = ?, benefit_baseline = ?,
                               benefit_target = ?, benefit_unit = ?, updated_at = ?
                         where need_id = ?""")
                .params(sequence + 1, c.statement(), c.perspective(), c.schoolProcess(), c.priority().name(),
                        c.steeringDocument(), b.description(), b.indicator(), b.baseline(), b.target(), b.unit(), ts(at),
                        event.needId().value())
                .update();
    }

    @EventHandler
    void on(NeedEndorsedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("insert into need_endorsement (need_id, person_id) values (?, ?)")
                .params(event.needId().value(), event.personId().value()).update();
        needVersion(event.needId().value(), sequence, at);
    }

    @EventHandler
    void on(NeedEndorsementWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("delete from need_endorsement where need_id = ? and person_id = ?")
                .params(event.needId().value(), event.personId().value()).update();
        needVersion(event.needId().value(), sequence, at);
    }

    @EventHandler
    void on(NeedAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        status(event.needId().value(), NeedStatus.ACCEPTED, null, null, sequence, at);
    }

    @EventHandler
    void on(NeedRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        status(event.needId().value(), NeedStatus.REJECTED, event.reason(), null, sequence, at);
    }

    @EventHandler
    void on(NeedMergedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        status(event.needId().value(), NeedStatus.MERGED, null, event.into().value(), sequence, at);
    }

    private void status(String needId, NeedStatus status, String reason, String mergedInto, long sequence, Instant at) {
        jdbc.sql("update need_view set status = ?, rejection_reason = ?, merged_into = ?, version = ?, updated_at = ? where need_id = ?")
                .params(status.name(), reason, mergedInto, sequence + 1, ts(at), needId).update();
    }

    private void needVersion(String needId, long sequence, Instant at) {
        jdbc.sql("update need_view set version = ?, updated_at = ? where need_id = ?").params(sequence + 1, ts(at), needId).update();
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
