package se.inkopsstod.insights.lessons;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Searches the approved lessons learned in the insights read model: every word must occur, at most 200, newest first. */
@Component
class PublishedLessonSearch {

    private final JdbcTemplate jdbc;

    PublishedLessonSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record PublishedLesson(String id, String category, String phase, String whatWorked, String whatToChange, LocalDate approvedOn) {
    }

    /** @param q words to find in either text, or blank for all; @param category a category, or blank for all */
    Mono<List<PublishedLesson>> search(String q, String category) {
        return Blocking.call(() -> {
            StringBuilder sql = new StringBuilder("select * from insights_lesson where true");
            List<Object> args = new ArrayList<>();
            if (category != null && !category.isBlank()) {
                sql.append(" and category = ?");
                args.add(category);
            }
            if (q != null && !q.isBlank()) {
                // the words are matched literally: % and _ in a query are not wildcards
                for (String word : q.strip().split("\\s+")) {
                    String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    sql.append(" and (coalesce(what_worked, '') ilike ? or coalesce(what_to_change, '') ilike ?)");
                    args.add(like);
                    args.add(like);
                }
            }
            sql.append(" order by approved_on desc, lesson_ref limit 200");
            return jdbc.query(sql.toString(), (rs, n) -> new PublishedLesson(rs.getString("lesson_ref"), rs.getString("category"),
                    rs.getString("phase"), rs.getString("what_worked"), rs.getString("what_to_change"),
                    rs.getDate("approved_on").toLocalDate()), args.toArray());
        });
    }
}
