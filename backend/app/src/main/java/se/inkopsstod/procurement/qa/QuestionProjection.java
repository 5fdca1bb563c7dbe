package se.inkopsstod.procurement.qa;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.model.AnswerEditedEvent;

import java.time.Instant;

/** Questions and answers, in the workspace's (subscribing) processing group: a question is listed as soon as it is asked. */
@Component
@ProcessingGroup("procurement-workspace")
class QuestionProjection {

    private final JdbcClient jdbc;

    QuestionProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(QuestionAskedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        insert(event.questionId().value(), event.procurementId().value(), event.tenantId().value(), sequence,
                QuestionView.Kind.QUESTION, event.vendorOrganisationId().value(), event.askedBy().value(), event.text(),
                event.requirementId(), at);
    }

    @EventHandler
    void on(ClarificationStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        insert(event.questionId().value(), event.procurementId().value(), event.tenantId().value(), sequence,
                QuestionView.Kind.CLARIFICATION, null, event.by().value(), event.topic(), null, at);
    }

    @EventHandler
    void on(AnswerEditedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("update question_view set question = ?, answer = ?, version = ? where question_id = ?")
                .params(event.after().question(), event.after().answer(), sequence + 1, event.questionId().value()).update();
    }

    @EventHandler
    void on(AnswerPublishedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("update question_view set published_at = ?, late = ?, version = ? where question_id = ?")
                .params(java.sql.Timestamp.from(at), event.late(), sequence + 1, event.questionId().value()).update();
    }

    private void insert(String id, String procurementId, String tenantId, long sequence, QuestionView.Kind kind,
                        String vendor, String askedBy, String text, String requirementId, Instant at) {
        jdbc.sql("""
                        insert into question_view (question_id, procurement_id, tenant_id, version, kind, vendor_organisation_id,
                               asked_by, original_text, question, requirement_id, asked_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, procurementId, tenantId, sequence + 1, kind.name(), vendor, askedBy, text, text, requirementId,
                        java.sql.Timestamp.from(at))
                .update();
    }
}
