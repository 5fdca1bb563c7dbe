package se.inkopsstod.procurement.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Presence in a workspace, kept in PostgreSQL so that every app instance sees everyone,
 * whichever instance their browser's live stream is connected to. Blocking JDBC.
 */
@Repository
class Presence {

    static final Duration STALE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    Presence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void join(String connectionId, String procurementId, String personId, String personName) {
        jdbc.sql("""
                        insert into workspace_presence (connection_id, procurement_id, person_id, person_name, last_seen)
                        values (?, ?, ?, ?, now())""")
                .params(connectionId, procurementId, personId, personName).update();
    }

    void leave(String connectionId) {
        jdbc.sql("delete from workspace_presence where connection_id = ?").param(connectionId).update();
    }

    /** One statement for all of this instance's open streams: they are still there. */
    void heartbeat(Collection<String> connectionIds) {
        jdbc.sql("update workspace_presence set last_seen = now() where connection_id = any(?)")
                .param(connectionIds.toArray(String[]::new)).update();
    }

    /** Whether the item is a need, requirement or question of this procurement: the only things one edits here. */
    boolean isItemOf(String procurementId, String itemId) {
        return jdbc.sql("""
                        select exists (select 1 from need_view where procurement_id = :p and need_id = :i)
                            or exists (select 1 from requirement_view where procurement_id = :p and requirement_id = :i)
                            or exists (select 1 from question_view where procurement_id = :p and question_id = :i)""")
                .param("p", procurementId).param("i", itemId).query(Boolean.class).single();
    }

    /** Marks what the person is editing on all their open streams of this workspace. */
    void editing(String procurementId, String personId, String itemId) {
        jdbc.sql("update workspace_presence set editing_item = ?, last_seen = now() where procurement_id = ? and person_id = ?")
                .params(itemId, procurementId, personId).update();
    }

    /** Who is in each of these workspaces, in one statement; a workspace nobody is in has an empty view. */
    Map<String, PresenceView> in(Collection<String> procurementIds) {
        Map<String, List<PresenceView.Present>> people = new HashMap<>();
        procurementIds.forEach(id -> people.put(id, new ArrayList<>()));
        jdbc.sql("""
                        select procurement_id, person_id, min(person_name) as name, max(editing_item) as editing
                          from workspace_presence
                         where procurement_id = any(?) and last_seen > ?
                         group by procurement_id, person_id order by procurement_id, min(person_name)""")
                .params(procurementIds.toArray(String[]::new), java.sql.Timestamp.from(Instant.now().minus(STALE)))
                .query((rs, n) -> people.computeIfAbsent(rs.getString("procurement_id"), k -> new ArrayList<>())
                        .add(new PresenceView.Present(rs.getString("person_id"), rs.getString("name"), rs.getString("editing"))))
                .list();
        Map<String, PresenceView> views = new HashMap<>();
        people.forEach((id, present) -> views.put(id, new PresenceView(List.copyOf(present))));
        return views;
    }

    /** Streams of a crashed instance never say goodbye. */
    @Scheduled(fixedDelay = 60_000)
    void forgetStale() {
        jdbc.sql("delete from workspace_presence where last_seen < ?")
                .param(java.sql.Timestamp.from(Instant.now().minus(STALE.multipliedBy(5)))).update();
    }
}
