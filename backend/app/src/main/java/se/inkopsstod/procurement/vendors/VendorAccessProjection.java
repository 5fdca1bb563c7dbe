package se.inkopsstod.procurement.vendors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.access.ProcurementGate;
import se.inkopsstod.procurement.model.InvitationWithdrawnEvent;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.model.RequirementAmendedEvent;
import se.inkopsstod.procurement.model.TenderDeadlineExtendedEvent;
import se.inkopsstod.procurement.model.TenderPublishedEvent;
import se.inkopsstod.procurement.model.VendorInvitedEvent;

import java.time.Instant;
import java.util.List;

/**
 * Who is invited to which procurement, and the tender as published to them. In the workspace's
 * processing group (subscribing), so an invitation is visible to the vendor as soon as it is made.
 */
@Component
@ProcessingGroup("procurement-workspace")
class VendorAccessProjection {

    private final JdbcClient jdbc;
    private final ProcurementGate gate;

    VendorAccessProjection(JdbcClient jdbc, ProcurementGate gate) {
        this.jdbc = jdbc;
        this.gate = gate;
    }

    @EventHandler
    void on(VendorInvitedEvent event, @Timestamp Instant at) {
        gate.changed();
        jdbc.sql("""
                        insert into procurement_invitation (procurement_id, vendor_organisation_id, tenant_id, invited_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(event.procurementId().value(), event.vendorOrganisationId().value(), event.tenantId().value(),
                        java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(InvitationWithdrawnEvent event) {
        gate.changed();
        jdbc.sql("delete from procurement_invitation where procurement_id = ? and vendor_organisation_id = ?")
                .params(event.procurementId().value(), event.vendorOrganisationId().value()).update();
    }

    @EventHandler
    void on(RequirementAmendedEvent event, @Timestamp Instant at) {
        String id = event.procurementId().value();
        int from = event.setVersion() - 1;
        jdbc.sql("""
                        insert into published_requirement (procurement_id, set_version, position, requirement_id, number, text,
                               kind, weight, category, verification_method)
                        select procurement_id, ?, position, requirement_id, number, text, kind, weight, category, verification_method
                          from published_requirement where procurement_id = ? and set_version = ? and requirement_id <> ?""")
                .params(event.setVersion(), id, from, event.requirementId()).update();
        PublishedRequirement after = event.after();
        if (after != null) {
            jdbc.sql("""
                            insert into published_requirement (procurement_id, set_version, position, requirement_id, number, text,
                                   kind, weight, category, verification_method)
                            select ?, ?, position, ?, ?, ?, ?, ?, ?, ? from published_requirement
                             where procurement_id = ? and set_version = ? and requirement_id = ?""")
                    .params(id, event.setVersion(), after.requirementId(), after.number(), after.text(), after.kind().name(), after.weight(),
                            after.category().name(), after.verificationMethod(), id, from, event.requirementId())
                    .update();
        }
        jdbc.sql("update procurement_publication set requirement_set_version = ? where procurement_id = ?")
                .params(event.setVersion(), id).update();
        jdbc.sql("""
                        insert into amendment (procurement_id, number, at, set_version, requirement_id, withdrawn, reason,
                               close_to_deadline)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, event.number(), java.sql.Timestamp.from(at), event.setVersion(), event.requirementId(),
                        after == null, event.reason(), event.closeToDeadline())
                .update();
        List<AmendmentChanges.Change> changes = AmendmentChanges.between(event.before(), after);
        for (int i = 0; i < changes.size(); i++) {
            AmendmentChanges.Change change = changes.get(i);
            jdbc.sql("insert into amendment_change (procurement_id, number, position, field, from_value, to_value) values (?, ?, ?, ?, ?, ?)")
                    .params(id, event.number(), i, change.field(), change.from(), change.to()).update();
        }
    }

    @EventHandler
    void on(TenderDeadlineExtendedEvent event) {
        jdbc.sql("update procurement_publication set tender_deadline = ?, last_question_day = ? where procurement_id = ?")
                .params(java.sql.Timestamp.from(event.to()), event.lastQuestionDay(), event.procurementId().value()).update();
    }

    @EventHandler
    void on(TenderPublishedEvent event, @Timestamp Instant at) {
        String id = event.procurementId().value();
        jdbc.sql("""
                        insert into procurement_publication (procurement_id, published_at, tender_deadline, last_question_day,
                               evaluation_model, accelerated, requirement_set_version, quality_value_sek)
                        values (?, ?, ?, ?, ?, ?, 1, ?)""")
                .params(id, java.sql.Timestamp.from(at), java.sql.Timestamp.from(event.tenderDeadline()), event.lastQuestionDay(),
                        event.evaluationModel().name(), event.accelerated(), event.qualityValueSek())
                .update();
        List<PublishedRequirement> requirements = event.requirements();
        for (int i = 0; i < requirements.size(); i++) {
            PublishedRequirement r = requirements.get(i);
            jdbc.sql("""
                            insert into published_requirement (procurement_id, set_version, position, requirement_id, number, text,
                                   kind, weight, category, verification_method)
                            values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, r.requirementId(), r.number(), r.text(), r.kind().name(), r.weight(), r.category().name(),
                            r.verificationMethod())
                    .update();
        }
    }
}
