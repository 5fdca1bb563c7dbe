package se.inkopsstod.procurement.live;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.SecondInstance;
import se.inkopsstod.testing.SseStream;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * Two app instances serve the same workspace, as behind a load balancer: an edit made through
 * one reaches a browser whose live stream is held by the other, and the other reads it.
 */
@InkopsstodIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the application is up before @BeforeAll
class MultiInstanceLiveIT {

    private SecondInstance second;

    @BeforeAll
    void startSecondInstance() {
        second = SecondInstance.start();
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void anEditThroughOneInstanceReachesAStreamOnTheOther() {
        ApiSession buyerOnFirst = ApiSession.login("larande-buyer2");
        ApiSession userOnSecond = second.login("larande-user2");
        String procurement = procurementWithTeam(buyerOnFirst, userOnSecond);
        String needs = "/api/procurements/" + procurement + "/needs";

        try (SseStream stream = userOnSecond.stream("/api/procurements/" + procurement + "/stream", null)) {
            stream.next(e -> "ready".equals(e.name()), Duration.ofSeconds(10));
            String need = ApiSession.parse(buyerOnFirst.post(needs, """
                    {"statement":"Elever ser sitt schema i mobilen","perspective":"student","schoolProcess":"scheduling","priority":"HIGH"}""")
                    .body()).get("id").asString();
            long created = System.nanoTime();

            SseStream.Event seen = stream.next(e -> "change".equals(e.name()) && need.equals(e.data().get("itemId").asString()),
                    Duration.ofSeconds(5));
            assertThat(seen.data().get("type").asString()).isEqualTo("NeedProposed");
            assertThat(Duration.ofNanos(System.nanoTime() - created)).as("seen on the other instance within a second")
                    .isLessThan(Duration.ofSeconds(1));
        }
        // the other instance reads what the first wrote (its projections are fed from the same store)
        assertThat(userOnSecond.json(needs).toString()).contains("Elever ser sitt schema i mobilen");
    }

    /**
     * Each instance keeps the need in its aggregate cache, and neither hears of the other's writes:
     * edits alternating between them must all land (a stale copy is tried again on a fresh one),
     * and a change of a field the other already changed is still a 409 conflict, never a 500.
     */
    @Test
    void editsOfOneNeedAlternatingBetweenInstancesAllLandAndConflictsStayConflicts() {
        ApiSession buyerOnFirst = ApiSession.login("larande-buyer2");
        ApiSession userOnSecond = second.login("larande-user2");
        String procurement = procurementWithTeam(buyerOnFirst, userOnSecond);
        String needs = "/api/procurements/" + procurement + "/needs";
        String need = needs + "/" + ApiSession.parse(buyerOnFirst.post(needs, """
                {"statement":"Lärare ser frånvaro direkt","perspective":"student","schoolProcess":"scheduling","priority":"HIGH"}""")
                .body()).get("id").asString();
        long version = userOnSecond.json(need).get("version").asLong();

        for (int i = 0; i < 6; i++) {
            ApiSession editor = i % 2 == 0 ? buyerOnFirst : userOnSecond;
            var answer = editor.write("PATCH", need, """
                    {"baseVersion":%d,"changes":{"statement":"Version %d"}}""".formatted(version, i), "application/json");
            assertThat(answer.statusCode()).as("edit %d: %s", i, answer.body()).isEqualTo(200);
            long next = ApiSession.parse(answer.body()).get("version").asLong();
            assertThat(next).as("each edit is one new version").isEqualTo(version + 1);
            version = next;
        }
        assertThat(buyerOnFirst.json(need).get("statement").asString()).isEqualTo("Version 5");
        assertThat(userOnSecond.json(need).get("statement").asString()).isEqualTo("Version 5");

        // the second instance's copy is stale now: a change of the same field from the older version conflicts
        assertThat(buyerOnFirst.write("PATCH", need, """
                {"baseVersion":%d,"changes":{"priority":"LOW"}}""".formatted(version), "application/json").statusCode())
                .isEqualTo(200);
        var stale = userOnSecond.write("PATCH", need, """
                {"baseVersion":%d,"changes":{"priority":"MEDIUM"}}""".formatted(version), "application/json");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("priority");

        // the value another instance already wrote is no conflict, and the answer is the need as it is
        var same = userOnSecond.write("PATCH", need, """
                {"baseVersion":%d,"changes":{"priority":"LOW"}}""".formatted(version), "application/json");
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(ApiSession.parse(same.body()).get("version").asLong()).isEqualTo(version + 1);
    }
}
