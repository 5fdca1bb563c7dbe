package se.inkopsstod.insights.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.inkopsstod.outcomes.contract.LessonShared;
import se.inkopsstod.outcomes.contract.OutcomeShared;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * The insights read models. Applying a message is idempotent: a revision no newer than the one
 * stored changes nothing, so duplicates and redeliveries leave every benchmark as it was.
 */
@Component
public class InsightsStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    InsightsStore(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void apply(OutcomeShared outcome) {
        jdbc.update("""
                insert into insights_outcome (procurement_ref, tenant_ref, revision, product_category, size_band, payload, received_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (procurement_ref) do update set tenant_ref = excluded.tenant_ref, revision = excluded.revision,
                    product_category = excluded.product_category, size_band = excluded.size_band, payload = excluded.payload,
                    received_at = excluded.received_at
                where insights_outcome.revision < excluded.revision""",
                outcome.procurementRef(), outcome.tenantRef(), outcome.revision(), outcome.productCategory(),
                outcome.cohort().sizeBand(), json.writeValueAsString(outcome), Timestamp.from(clock.instant()));
    }

    public void apply(LessonShared lesson) {
        jdbc.update("""
                insert into insights_lesson (lesson_ref, revision, category, phase, what_worked, what_to_change, approved_on, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (lesson_ref) do update set revision = excluded.revision, category = excluded.category,
                    phase = excluded.phase, what_worked = excluded.what_worked, what_to_change = excluded.what_to_change,
                    approved_on = excluded.approved_on, received_at = excluded.received_at
                where insights_lesson.revision < excluded.revision""",
                lesson.lessonRef(), lesson.revision(), lesson.category(), lesson.phase(), lesson.whatWorked(),
                lesson.whatToChange(), Date.valueOf(lesson.approvedOn()), Timestamp.from(clock.instant()));
    }

    /** Every outcome received, optionally of one product category. */
    public List<OutcomeShared> outcomes(String productCategory) {
        String where = productCategory == null ? "" : " where product_category = ?";
        Object[] args = productCategory == null ? new Object[0] : new Object[]{productCategory};
        return jdbc.query("select payload from insights_outcome" + where + " order by procurement_ref",
                (rs, n) -> json.readValue(rs.getString(1), OutcomeShared.class), args);
    }

    /** Empties the read models, before a replay of the topics fills them again. */
    public void clear() {
        jdbc.update("delete from insights_outcome");
        jdbc.update("delete from insights_lesson");
    }
}
