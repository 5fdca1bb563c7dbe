package se.inkopsstod.platform.faults;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.ChildProcessInstance;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application is killed (kill -9) in the middle of a stream of edits and started again: every
 * edit it acknowledged is in the event store once, in the read model, and in the Kafka-fed
 * activity feed once.
 */
@InkopsstodIntegrationTest
class KillNineIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyAcknowledgedEditSurvivesAKillNineExactlyOnce() throws Exception {
        ChildProcessInstance child = ChildProcessInstance.start();
        ApiSession buyer = ApiSession.login("larande-buyer1", child.baseUrl());
        String procurement = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"Kill -9 %s","category":"assessment","procedure":"OPEN","estimatedValueSek":100000}""".formatted(UUID.randomUUID()))
                .body()).get("id").asString();
        String needs = "/api/procurements/" + procurement + "/needs";
        String need = ApiSession.parse(buyer.post(needs, """
                {"statement":"Start","perspective":"teacher","schoolProcess":"assessment","priority":"LOW"}""").body()).get("id").asString();

        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread editor = new Thread(() -> {
            long version = 1;
            for (int i = 0; running.get(); i++) {
                String text = "Edit " + i;
                try {
                    HttpResponse<String> answer = buyer.write("PATCH", needs + "/" + need,
                            "{\"baseVersion\":" + version + ",\"changes\":{\"statement\":\"" + text + "\"}}", "application/json");
                    if (answer.statusCode() != 200) {
                        return;
                    }
                    version = ApiSession.parse(answer.body()).get("version").asLong();
                    acknowledged.add(text);
                } catch (RuntimeException connectionGone) {
                    return;
                }
            }
        });
        editor.start();
        Thread.sleep(2_500);
        child.kill();
        running.set(false);
        editor.join();
        assertThat(acknowledged).as("edits acknowledged before the kill").hasSizeGreaterThan(5);

        try (ChildProcessInstance restarted = ChildProcessInstance.start()) {
            ApiSession again = ApiSession.login("larande-buyer1", restarted.baseUrl());
            JsonNode history = again.json(needs + "/" + need + "/history");
            List<String> stored = new ArrayList<>();
            for (JsonNode entry : history) {
                for (JsonNode change : entry.get("changes")) {
                    if (change.get("field").asString().equals("statement")) {
                        stored.add(change.get("to").asString());
                    }
                }
            }
            assertThat(stored).as("every acknowledged edit is stored").containsAll(acknowledged);
            assertThat(stored).as("none twice").doesNotHaveDuplicates();
            // the history is newest first; an edit stored but not acknowledged (killed mid-answer) may come last
            assertThat(again.json(needs + "/" + need).get("statement").asString()).as("the read model shows the last stored edit")
                    .isEqualTo(stored.get(0));
            assertThat(stored.size() - acknowledged.size()).as("at most the one edit in flight at the kill").isBetween(0, 1);
            Integer events = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                    Integer.class, need);
            // the killed instance may have held the publisher's token: it is taken over after the claim times out
            long restartedAt = System.currentTimeMillis();
            long deadline = restartedAt + 60_000;
            Integer fed = 0;
            while (System.currentTimeMillis() < deadline) {
                fed = jdbc.queryForObject("select count(*) from activity_entry where aggregate_id = ?", Integer.class, need);
                if (fed != null && fed.equals(events)) {
                    break;
                }
                Thread.sleep(300);
            }
            System.out.printf("kill -9: %d edits acknowledged, %d events stored, Kafka-fed feed complete %d ms after the restart%n",
                    acknowledged.size(), events, System.currentTimeMillis() - restartedAt);
            List<String> missing = jdbc.queryForList("""
                    select e.global_index || ' ' || e.payload_type || ' ' || e.time_stamp from domain_event_entry e
                    where e.aggregate_identifier = ? and not exists (select 1 from activity_entry a where a.event_id = e.event_identifier)""",
                    String.class, need);
            List<String> tokens = jdbc.queryForList("select processor_name || ' ' || coalesce(owner, '-') || ' ' || "
                    + "coalesce(convert_from(token, 'UTF8'), '') from token_entry", String.class);
            assertThat(fed).as("the Kafka-fed activity feed has each event once; missing " + missing + "; tokens " + tokens)
                    .isEqualTo(events);
        }
    }
}
