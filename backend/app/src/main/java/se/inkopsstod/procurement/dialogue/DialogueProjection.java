package se.inkopsstod.procurement.dialogue;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.model.PublishedRequirement;

import java.sql.Timestamp;
import java.time.Instant;

/** The market dialogue's read model (subscribing, so a vendor reads back its comment at once). */
@Component
@ProcessingGroup("procurement-workspace")
class DialogueProjection {

    private final JdbcClient jdbc;

    DialogueProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DraftSharedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        String id = event.procurementId().value();
        jdbc.sql("""
                        insert into dialogue_draft (procurement_id, round, message, shared_at) values (?, ?, ?, ?)
                        on conflict (procurement_id) do update set round = excluded.round, message = excluded.message,
                               shared_at = excluded.shared_at""")
                .params(id, event.round(), event.message(), Timestamp.from(at)).update();
        jdbc.sql("delete from dialogue_draft_requirement where procurement_id = ?").param(id).update();
        for (int i = 0; i < event.requirements().size(); i++) {
            PublishedRequirement r = event.requirements().get(i);
            jdbc.sql("""
                            insert into dialogue_draft_requirement (procurement_id, position, requirement_id, number, text, kind,
                                   weight, category, verification_method) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, r.requirementId(), r.number(), r.text(), r.kind().name(), r.weight(), r.category().name(),
                            r.verificationMethod())
                    .update();
        }
    }

    @EventHandler
    void on(DraftCommentedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                        insert into dialogue_comment (procurement_id, requirement_id, vendor_organisation_id, text, at)
                        values (?, ?, ?, ?, ?)""")
                .params(event.procurementId().value(), event.requirementId(), event.vendorOrganisationId().value(),
                        event.text(), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(VendorsAskedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("insert into dialogue_question (question_id, procurement_id, text, asked_at) values (?, ?, ?, ?)")
                .params(event.questionId(), event.procurementId().value(), event.text(), Timestamp.from(at)).update();
    }

    @EventHandler
    void on(BuyerAnsweredEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                        insert into dialogue_answer (question_id, vendor_organisation_id, text, at) values (?, ?, ?, ?)
                        on conflict (question_id, vendor_organisation_id) do update set text = excluded.text, at = excluded.at""")
                .params(event.questionId(), event.vendorOrganisationId().value(), event.text(), Timestamp.from(at)).update();
    }
}
