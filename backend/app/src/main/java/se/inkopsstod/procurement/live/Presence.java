package se.inkopsstod.procurement.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import se.inkopsstod.procurement.api.PresenceView;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

    void heartbeat(String connectionId) {
        jdbc.sql("update workspace_presence set last_seen = now() where connection_id = ?").param(connectionId).update();
    }

    /** Marks what the person is editing on all their open streams of this workspace. */
    void editing(String procurementId, String personId, String itemId) {
        jdbc.sql("update workspace_presence set editing_item = ?, last_seen = now() where procurement_id = ? and person_id = ?")
                .params(itemId, procurementId, personId).update();
    }

    PresenceView in(String procurementId) {
        List<PresenceView.Present> people = jdbc.sql("""
                        select person_id, min(person_name) as name, max(editing_item) as editing
                          from workspace_presence
                         where procurement_id = ? and last_seen > ?
                         group by person_id order by min(person_name)""")
                .params(procurementId, java.sql.Timestamp.from(Instant.now().minus(STALE)))
                .query((rs, n) -> new PresenceView.Present(rs.getString("person_id"), rs.getString("name"), rs.getString("editing")))
                .list();
        return new PresenceView(people);
    }

    /** Streams of a crashed instance never say goodbye. */
    @Scheduled(fixedDelay = 60_000)
    void forgetStale() {
        jdbc.sql("delete from workspace_presence where last_seen < ?")
                .param(java.sql.Timestamp.from(Instant.now().minus(STALE.multipliedBy(5)))).update();
    }
}
