package se.inkopsstod.outcomes.lesson;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.inkopsstod.outcomes.api.LessonApprovedEvent;
import se.inkopsstod.outcomes.api.LessonRejectedEvent;
import se.inkopsstod.outcomes.api.LessonResubmittedEvent;
import se.inkopsstod.outcomes.api.LessonRevisedEvent;
import se.inkopsstod.outcomes.api.LessonSubmittedEvent;

import java.time.Instant;

/** Lessons with their review state: the tenant's own list and the staff's review queue read it. */
@Component
@ProcessingGroup("outcomes")
class LessonProjection {

    private final JdbcTemplate jdbc;

    LessonProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LessonSubmittedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into lesson (lesson_id, tenant_id, procurement_id, what_worked, what_to_change, category, phase,
                    status, submitted_by, submitted_at, version) values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?)
                on conflict (lesson_id) do nothing""",
                event.lessonId().value(), event.tenantId().value(),
                event.procurementId() == null ? null : event.procurementId().value(), event.whatWorked(), event.whatToChange(),
                event.category().name(), event.phase().name(), event.by().value(), java.sql.Timestamp.from(at), sequence + 1);
    }

    @EventHandler
    void on(LessonRevisedEvent event, @SequenceNumber long sequence) {
        jdbc.update("update lesson set what_worked = ?, what_to_change = ?, category = ?, version = ? where lesson_id = ?",
                event.whatWorked(), event.whatToChange(), event.category().name(), sequence + 1, event.lessonId().value());
    }

    @EventHandler
    void on(LessonApprovedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.update("update lesson set status = 'APPROVED', reviewed_at = ?, version = ? where lesson_id = ?",
                java.sql.Timestamp.from(at), sequence + 1, event.lessonId().value());
    }

    @EventHandler
    void on(LessonRejectedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.update("update lesson set status = 'REJECTED', rejection_reason = ?, reviewed_at = ?, version = ? where lesson_id = ?",
                event.reason(), java.sql.Timestamp.from(at), sequence + 1, event.lessonId().value());
    }

    @EventHandler
    void on(LessonResubmittedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.update("""
                update lesson set what_worked = ?, what_to_change = ?, category = ?, status = 'SUBMITTED', rejection_reason = null,
                    reviewed_at = null, submitted_by = ?, submitted_at = ?, version = ? where lesson_id = ?""",
                event.whatWorked(), event.whatToChange(), event.category().name(), event.by().value(),
                java.sql.Timestamp.from(at), sequence + 1, event.lessonId().value());
    }
}
