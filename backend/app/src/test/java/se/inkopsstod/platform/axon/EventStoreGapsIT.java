package se.inkopsstod.platform.axon;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TopicReader;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store under a slow writer: an event whose transaction took its global index first but
 * commits after a later one is still delivered by the tracking processors (Axon's gap handling),
 * and every pooled connection carries the statement and idle-in-transaction timeouts.
 */
@InkopsstodIntegrationTest
class EventStoreGapsIT {

    @Autowired
    DataSource dataSource;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Value("${inkopsstod.kafka.topics.domain-events}")
    String topic;

    @Test
    void anEventCommittedAfterALaterOneIsNotSkipped() throws Exception {
        ApiSession admin = ApiSession.login("fjallby-admin");
        String slowEvent = UUID.randomUUID().toString();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            // a copy of a stored event under a new identity, taking the next global index and holding it
            try (PreparedStatement insert = slow.prepareStatement("""
                    insert into domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                        time_stamp, aggregate_identifier, sequence_number, type)
                    select ?, meta_data, payload, payload_revision, payload_type, time_stamp, ?, 0, type
                    from domain_event_entry where payload_type like '%MemberAddedEvent' order by global_index limit 1""")) {
                insert.setString(1, slowEvent);
                insert.setString(2, UUID.randomUUID().toString());
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            // a later event commits meanwhile, and the processor moves past the gap
            String quick = "Snabb " + UUID.randomUUID();
            assertThat(admin.post("/api/tenant/members", "{\"name\":\"" + quick + "\",\"email\":\"" + UUID.randomUUID()
                    + "@fjallby.example\",\"roles\":[\"USER\"]}").statusCode()).isEqualTo(201);
            awaitOnTopic(quick);
            Thread.sleep(1_000);
            slow.commit();
        }
        awaitOnTopic(slowEvent);
    }

    @Test
    void everyPooledConnectionHasTheStatementAndIdleTransactionTimeouts() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "statement_timeout")).isEqualTo("30s");
            assertThat(setting(statement, "idle_in_transaction_session_timeout")).isEqualTo("1min");
        }
    }

    private void awaitOnTopic(String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (TopicReader.readAll(bootstrapServers, topic).stream().anyMatch(m -> m.contains(text))) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(text + " never reached " + topic);
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
