package se.inkopsstod.insights.lessons;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The approved lessons learned, for every tenant and association staff: search and filter by category. */
@RestController
class PublishedLessons {

    private final JdbcTemplate jdbc;

    PublishedLessons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record PublishedLesson(String id, String category, String phase, String whatWorked, String whatToChange, LocalDate approvedOn) {
    }

    @GetMapping("/api/insights/lessons")
    Mono<List<PublishedLesson>> lessons(CurrentUser user, @RequestParam(required = false) String q,
                                        @RequestParam(required = false) String category) {
        user.require(Role.ASSOCIATION_STAFF, Role.BUYER, Role.USER, Role.TENANT_ADMIN);
        if (q != null && q.length() > 200) {
            throw new InvalidInputException("insights.query", "q", "At most 200 characters.");
        }
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
