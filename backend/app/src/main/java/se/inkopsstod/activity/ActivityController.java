package se.inkopsstod.activity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.TenantId;

import java.util.List;

/** The caller's own tenant's recent activity, newest first. */
@RestController
class ActivityController {

    private final JdbcClient jdbc;

    ActivityController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/tenant/activity")
    Mono<List<ActivityEntry>> activity(CurrentUser user) {
        TenantId tenant = user.tenantId();
        return Blocking.call(() -> jdbc.sql("""
                        select event_id, event_type, occurred_at, actor_name, summary from activity_entry
                         where tenant_id = ? order by occurred_at desc, event_id limit 50""")
                .param(tenant.value())
                .query((rs, n) -> new ActivityEntry(rs.getString("event_id"), rs.getString("event_type"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"), rs.getString("summary")))
                .list());
    }
}
