package se.inkopsstod.outcomes.followup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.inkopsstod.outcomes.api.FollowUpClosedEvent;
import se.inkopsstod.outcomes.api.FollowUpFactsRecordedEvent;
import se.inkopsstod.outcomes.api.FollowUpOpenedEvent;
import se.inkopsstod.outcomes.api.IndicatorOutcomeRecordedEvent;
import se.inkopsstod.outcomes.api.SurveyAnsweredEvent;
import se.inkopsstod.outcomes.api.SurveyQuestion;

import java.sql.Date;
import java.time.Instant;

/** The follow-up read model: one row per procurement, its indicators and survey answers. */
@Component
@ProcessingGroup(FollowUpProjection.GROUP)
class FollowUpProjection {

    static final String GROUP = "outcomes";

    private final JdbcTemplate jdbc;

    FollowUpProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FollowUpOpenedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into follow_up (procurement_id, follow_up_id, tenant_id, status, opened_at, version)
                values (?, ?, ?, 'OPEN', ?, ?) on conflict (procurement_id) do nothing""",
                event.procurementId().value(), event.followUpId().value(), event.tenantId().value(), java.sql.Timestamp.from(at),
                sequence + 1);
    }

    @EventHandler
    void on(IndicatorOutcomeRecordedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into follow_up_indicator (procurement_id, need_id, realised_value, measured_on, source,
                    benefit_realised_percent, recorded_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (procurement_id, need_id) do update set realised_value = excluded.realised_value,
                    measured_on = excluded.measured_on, source = excluded.source,
                    benefit_realised_percent = excluded.benefit_realised_percent, recorded_at = excluded.recorded_at""",
                event.procurementId().value(), event.needId().value(), event.realisedValue(), Date.valueOf(event.measuredOn()),
                event.source(), event.benefitRealisedPercent(), java.sql.Timestamp.from(at));
        touch(event.procurementId().value(), sequence);
    }

    @EventHandler
    void on(FollowUpFactsRecordedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                update follow_up set delivery_quality = coalesce(?, delivery_quality),
                    delivery_comment = case when ? is null then delivery_comment else ? end,
                    adoption_percent = coalesce(?, adoption_percent),
                    yearly_cost_per_pupil_sek = coalesce(?, yearly_cost_per_pupil_sek),
                    open_format_export = coalesce(?, open_format_export),
                    exit_plan_documented = coalesce(?, exit_plan_documented)
                where procurement_id = ?""",
                event.deliveryQuality(), event.deliveryQuality(), event.deliveryComment(), event.adoptionPercent(),
                event.yearlyCostPerPupilSek(), event.openFormatExport(), event.exitPlanDocumented(),
                event.procurementId().value());
        touch(event.procurementId().value(), sequence);
    }

    @EventHandler
    void on(SurveyAnsweredEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into follow_up_survey (procurement_id, respondent, ease_of_use, supports_work, reliability,
                    vendor_support, comment, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (procurement_id, respondent) do update set ease_of_use = excluded.ease_of_use,
                    supports_work = excluded.supports_work, reliability = excluded.reliability,
                    vendor_support = excluded.vendor_support, comment = excluded.comment, answered_at = excluded.answered_at""",
                event.procurementId().value(), event.respondent().value(), event.ratings().get(SurveyQuestion.EASE_OF_USE),
                event.ratings().get(SurveyQuestion.SUPPORTS_WORK), event.ratings().get(SurveyQuestion.RELIABILITY),
                event.ratings().get(SurveyQuestion.VENDOR_SUPPORT), event.comment(), java.sql.Timestamp.from(at));
        touch(event.procurementId().value(), sequence);
    }

    @EventHandler
    void on(FollowUpClosedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.update("update follow_up set status = 'CLOSED', closed_at = ? where procurement_id = ?",
                java.sql.Timestamp.from(at), event.procurementId().value());
        touch(event.procurementId().value(), sequence);
    }

    /** A new version: the anonymisation boundary shares the changed outcome again. */
    private void touch(String procurementId, long sequence) {
        jdbc.update("update follow_up set version = greatest(version, ?) where procurement_id = ?", sequence + 1, procurementId);
    }
}
