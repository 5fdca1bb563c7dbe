package se.inkopsstod.outcomes.lesson;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import se.inkopsstod.outcomes.api.LessonCategory;
import se.inkopsstod.shared.TenantId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads lessons: a tenant's own, and the review queue (without who or which tenant wrote them). */
@Component
class Lessons {

    private final JdbcTemplate jdbc;

    Lessons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<LessonView> ofTenant(TenantId tenant) {
        return jdbc.query("select * from lesson where tenant_id = ? order by submitted_at desc", forTenant(), tenant.value());
    }

    Optional<LessonView> ofTenant(TenantId tenant, String lessonId) {
        return jdbc.query("select * from lesson where tenant_id = ? and lesson_id = ?", forTenant(), tenant.value(), lessonId)
                .stream().findFirst();
    }

    /** Waiting first, oldest first; then the decided ones, newest first. */
    List<LessonView> reviewQueue(LessonView.Status status) {
        String where = status == null ? "" : " where status = ?";
        Object[] args = status == null ? new Object[0] : new Object[]{status.name()};
        return jdbc.query("select * from lesson" + where
                + " order by status = 'SUBMITTED' desc, case when status = 'SUBMITTED' then submitted_at end asc, reviewed_at desc",
                (rs, n) -> view(rs, false), args);
    }

    Optional<LessonView> forReview(String lessonId) {
        return jdbc.query("select * from lesson where lesson_id = ?", (rs, n) -> view(rs, false), lessonId).stream().findFirst();
    }

    private static RowMapper<LessonView> forTenant() {
        return (rs, n) -> view(rs, true);
    }

    private static LessonView view(ResultSet rs, boolean tenantsOwn) throws SQLException {
        return new LessonView(rs.getString("lesson_id"), tenantsOwn ? rs.getString("procurement_id") : null,
                rs.getString("what_worked"), rs.getString("what_to_change"), LessonCategory.valueOf(rs.getString("category")),
                rs.getString("phase"), LessonView.Status.valueOf(rs.getString("status")), rs.getString("rejection_reason"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant());
    }
}
