package se.inkopsstod.demo;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.openTenders;

/**
 * The embedded default's demo history: enough huvudmän and closed procurements that the staff
 * dashboard shows real figures where enough tenants stand behind them and suppression where not,
 * and a procurement past its deadline that a buyer can evaluate.
 */
@InkopsstodIntegrationTest
class DemoHistoryIT {

    @Test
    void benchmarksShowRealFiguresAndRealSuppression() throws Exception {
        ApiSession staff = ApiSession.login("staff");
        JsonNode teaching = await(staff, "/api/insights/benchmarks?category=teaching", 10);
        JsonNode satisfaction = metric(teaching, "SATISFACTION");
        assertThat(satisfaction.get("tenants").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(satisfaction.get("suppressed").isNull()).isTrue();
        assertThat(satisfaction.get("median").asDouble()).isBetween(1.0, 5.0);
        assertThat(metric(teaching, "YEARLY_COST_PER_PUPIL_SEK").get("median").asDouble()).isBetween(80.0, 220.0);
        assertThat(metric(teaching, "DAYS_FROM_FIRST_NEED_TO_AWARD").get("median").asDouble()).isGreaterThan(60.0);
        JsonNode trends = staff.json("/api/insights/benchmarks").get("trends");
        assertThat(trends.size()).as("quarters of award").isGreaterThan(1);
        assertThat(trends.findValues("median").stream().filter(m -> !m.isNull()).count()).as("shown trend points").isPositive();
        assertThat(teaching.get("library").size()).isPositive();

        JsonNode guardian = await(staff, "/api/insights/benchmarks?category=guardian-communication", 3);
        assertThat(metric(guardian, "SATISFACTION").get("suppressed").asString()).isEqualTo("FEWER_THAN_5_TENANTS");
        JsonNode smallAttendance = staff.json("/api/insights/benchmarks?category=attendance&sizeBand=SMALL");
        assertThat(metric(smallAttendance, "SATISFACTION").get("suppressed").asString()).isEqualTo("FEWER_THAN_5_TENANTS");
        assertThat(staff.get("/api/insights/benchmarks?category=teaching").body()).doesNotContain("Granhult", "kommun");
    }

    @Test
    void aBuyerInÄlvstadFindsAProcurementWhoseTendersCanBeOpenedAndEvaluated() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        String id = null;
        for (JsonNode procurement : buyer.json("/api/procurements")) {
            if (procurement.get("title").asString().startsWith("Digitalt läromedel i matematik")) {
                id = procurement.get("id").asString();
            }
        }
        assertThat(id).as("the procurement to evaluate").isNotNull();
        JsonNode sealed = buyer.json("/api/procurements/" + id + "/tenders");
        assertThat(sealed.get("opened").asBoolean()).as("sealed until two openers open them").isFalse();
        assertThat(Instant.parse(sealed.get("opensAt").asString())).isBefore(Instant.now());
        JsonNode opening = openTenders(buyer, "/api/procurements/" + id, ApiSession.login("alvstad-buyer2"));
        assertThat(opening.get("record")).hasSize(2);
        JsonNode tenders = buyer.json("/api/procurements/" + id + "/tenders");
        assertThat(tenders.get("tenders")).hasSize(2);
        JsonNode evaluation = buyer.json("/api/procurements/" + id + "/evaluation");
        assertThat(evaluation.get("rows")).hasSize(2);
        assertThat(evaluation.get("award").isNull()).isTrue();
    }

    @Test
    void otherHuvudmänsLessonsArePublishedAndSomeAwaitReview() throws Exception {
        ApiSession teacher = ApiSession.login("fjallby-user2");
        long deadline = System.currentTimeMillis() + 20_000;
        JsonNode lessons = teacher.json("/api/insights/lessons?category=EXIT_AND_PORTABILITY");
        while (lessons.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
            lessons = teacher.json("/api/insights/lessons?category=EXIT_AND_PORTABILITY");
        }
        assertThat(lessons.toString()).contains("Exportkravet i öppet format");
        assertThat(ApiSession.login("staff").json("/api/review/lessons?status=SUBMITTED").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aUserInÄlvstadCanAnswerTheSurveyOfAnImplementedProcurement() {
        ApiSession teacher = ApiSession.login("alvstad-user2");
        String id = null;
        for (JsonNode procurement : ApiSession.login("alvstad-buyer2").json("/api/procurements")) {
            if (procurement.get("title").asString().equals("Frånvarohantering i grundskolan")) {
                id = procurement.get("id").asString();
            }
        }
        assertThat(id).as("the procurement to follow up").isNotNull();
        JsonNode followUp = teacher.json("/api/procurements/" + id + "/follow-up");
        assertThat(followUp.get("status").asString()).isEqualTo("OPEN");
        assertThat(followUp.get("survey").get("responses").asInt()).isEqualTo(5);
        assertThat(followUp.get("needs").get(0).get("requirements")).hasSize(3);
    }

    private static JsonNode await(ApiSession staff, String path, int tenants) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonNode view = staff.json(path);
        while (metric(view, "SATISFACTION").get("tenants").asInt() < tenants && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
            view = staff.json(path);
        }
        return view;
    }

    private static JsonNode metric(JsonNode view, String key) {
        for (JsonNode cell : view.get("metrics")) {
            if (cell.get("key").asString().equals(key)) {
                return cell;
            }
        }
        throw new AssertionError("no metric " + key);
    }
}
