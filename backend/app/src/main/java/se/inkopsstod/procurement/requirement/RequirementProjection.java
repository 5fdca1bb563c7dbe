package se.inkopsstod.procurement.requirement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.model.RequirementAmendedEvent;
import se.inkopsstod.procurement.model.RequirementContent;
import se.inkopsstod.procurement.model.RequirementCreatedEvent;
import se.inkopsstod.procurement.model.RequirementEditedEvent;
import se.inkopsstod.procurement.model.RequirementField;
import se.inkopsstod.shared.NeedId;

import java.time.Instant;

/** Requirements and their links to needs, in the workspace's transaction. */
@Component
@ProcessingGroup("procurement-workspace")
class RequirementProjection {

    private final JdbcClient jdbc;

    RequirementProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RequirementCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        RequirementContent c = event.content();
        jdbc.sql("""
                        insert into requirement_view (requirement_id, procurement_id, tenant_id, number, version, text, kind, weight,
                               category, verification_method, template_id, template_revision, created_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.requirementId().value(), event.procurementId().value(), event.tenantId().value(), event.number(),
                        sequence + 1,
                        c.text(), c.kind().name(), c.weight(), c.category().name(), c.verificationMethod(),
                        event.template() == null ? null : event.template().templateId().value(),
                        event.template() == null ? null : event.template().revision(), event.createdBy().value(),
                        java.sql.Timestamp.from(at), java.sql.Timestamp.from(at))
                .update();
        link(event.requirementId().value(), c);
    }

    /**
     * After publication a requirement changes only by amendment: the workspace shows the amended
     * wording too (its version stays, since the requirement itself no longer takes edits).
     */
    @EventHandler
    void on(RequirementAmendedEvent event, @Timestamp Instant at) {
        PublishedRequirement r = event.after();
        if (r == null) {
            return; // withdrawn from the published set; the workspace keeps it for the record
        }
        jdbc.sql("""
                        update requirement_view set text = ?, kind = ?, weight = ?, category = ?, verification_method = ?,
                               updated_at = ? where requirement_id = ?""")
                .params(r.text(), r.kind().name(), r.weight(), r.category().name(), r.verificationMethod(),
                        java.sql.Timestamp.from(at), event.requirementId())
                .update();
    }

    @EventHandler
    void on(RequirementEditedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        RequirementContent c = event.after();
        jdbc.sql("""
                        update requirement_view set version = ?, text = ?, kind = ?, weight = ?, category = ?,
                               verification_method = ?, updated_at = ? where requirement_id = ?""")
                .params(sequence + 1, c.text(), c.kind().name(), c.weight(), c.category().name(), c.verificationMethod(),
                        java.sql.Timestamp.from(at), event.requirementId().value())
                .update();
        if (event.fields().contains(RequirementField.NEEDS)) {
            jdbc.sql("delete from requirement_need where requirement_id = ?").param(event.requirementId().value()).update();
            link(event.requirementId().value(), c);
        }
    }

    private void link(String requirementId, RequirementContent content) {
        for (NeedId need : content.needIds()) {
            jdbc.sql("insert into requirement_need (requirement_id, need_id) values (?, ?)").params(requirementId, need.value()).update();
        }
    }
}
