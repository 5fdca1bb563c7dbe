package se.inkopsstod.activity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;

import java.util.List;

/**
 * Reads a tenant's recent activity as one person may see it. Buyers and administrators see every
 * procurement of the tenant, so they see all of it; anyone else the tenant's own changes and what
 * they did themselves, so the feed does not tell them that someone is at work in a procurement
 * they are not on the team of.
 */
@Component
class TenantActivity {

    private final JdbcClient jdbc;

    TenantActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The 50 newest entries of the caller's own tenant that the caller may see, newest first. */
    Mono<List<ActivityEntry>> recent(CurrentUser user) {
        TenantId tenant = user.tenantId();
        boolean seesAll = user.has(Role.BUYER) || user.has(Role.TENANT_ADMIN);
        return Blocking.call(() -> jdbc.sql("""
                        select event_id, event_type, occurred_at, actor_name, summary from activity_entry
                         where tenant_id = :tenant
                           and (:all or audience = 'TENANT' or actor_id = :me)
                         order by occurred_at desc, event_id limit 50""")
                .param("tenant", tenant.value()).param("all", seesAll)
                .param("me", user.id() == null ? "" : user.id().value())
                .query((rs, n) -> new ActivityEntry(rs.getString("event_id"), rs.getString("event_type"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"), null, rs.getString("summary")))
                .list());
    }
}
