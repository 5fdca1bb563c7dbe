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
}
