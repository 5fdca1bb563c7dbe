package se.inkopsstod.activity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The activity feed rebuilt from the domain-event topic is the feed it was, each event once. */
@InkopsstodIntegrationTest
class ActivityFeedRebuildIT {

    private static final String ROWS = """
            select event_id || '|' || tenant_id || '|' || event_type || '|' || coalesce(aggregate_id, '') || '|'
                   || extract(epoch from occurred_at) || '|' || coalesce(actor_id, '') || '|' || coalesce(actor_name, '') || '|' || summary
              from activity_entry order by event_id""";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActivityFeedRebuild rebuild;

    @Test
    void aRebuiltFeedHoldsTheSameEntriesOnce() {
        ApiSession admin = ApiSession.login("fjallby-admin");
        String name = "Återuppbyggd " + UUID.randomUUID();
        assertThat(admin.post("/api/tenant/members", """
                {"name":"%s","email":"%s@fjallby.example","roles":["USER"]}""".formatted(name, UUID.randomUUID())).statusCode())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from activity_entry where summary = ?")
                .param(name).query(Long.class).single() == 1);
        List<String> before = jdbc.sql(ROWS).query(String.class).list();

        long replayed = rebuild.rebuild();

        List<String> after = jdbc.sql(ROWS).query(String.class).list();
        assertThat(replayed).isGreaterThanOrEqualTo(before.size());
        assertThat(after).containsAll(before).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from activity_entry where summary = ?").param(name).query(Long.class).single())
                .isEqualTo(1);
    }
}
