package se.inkopsstod.activity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;

import java.util.List;

/**
 * The caller's own tenant's recent activity, newest first. Buyers and administrators see every
 * procurement of the tenant, so they see all of it. Anyone else sees the tenant's own changes
 * (members, roles, schools) and what they did themselves: not that someone is at work in a
 * procurement they are not on the team of.
 */
@RestController
class ActivityController {

    /** Events about the huvudman itself, which every member may see. */
    static final List<String> TENANT_EVENTS = List.of("TenantRegisteredEvent", "MemberAddedEvent",
            "MemberRolesChangedEvent", "MemberIdentityLinkedEvent", "SchoolsSetEvent");

    private final JdbcClient jdbc;

    ActivityController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/tenant/activity")
    Mono<List<ActivityEntry>> activity(CurrentUser user) {
        TenantId tenant = user.tenantId();
        boolean seesAll = user.has(Role.BUYER) || user.has(Role.TENANT_ADMIN);
        return Blocking.call(() -> jdbc.sql("""
                        select event_id, event_type, occurred_at, actor_name, summary from activity_entry
                         where tenant_id = :tenant
                           and (:all or event_type in (:tenantEvents) or actor_id = :me)
                         order by occurred_at desc, event_id limit 50""")
                .param("tenant", tenant.value()).param("all", seesAll).param("tenantEvents", TENANT_EVENTS)
                .param("me", user.id() == null ? "" : user.id().value())
                .query((rs, n) -> new ActivityEntry(rs.getString("event_id"), rs.getString("event_type"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"), rs.getString("summary")))
                .list());
    }
}
