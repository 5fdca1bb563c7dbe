package se.inkopsstod.insights.store;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import se.inkopsstod.outcomes.contract.Cohort;
import se.inkopsstod.outcomes.contract.OutcomeShared;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insights side of the pipeline with a real broker: outcomes put on the topic (as the
 * anonymisation boundary does) become benchmarks only where enough tenants stand behind them;
 * duplicates, redeliveries and stale revisions change nothing; a replay rebuilds the same read model.
 */
@InkopsstodIntegrationTest
class InsightsPipelineIT {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${inkopsstod.kafka.topics.insights-outcomes}")
    String topic;

    @Test
    void aCellShowsWithFiveBalancedTenantsAndIsSuppressedWithFourOrADominantPair() throws Exception {
        String balanced = "test-" + UUID.randomUUID();
        String five = "test-" + UUID.randomUUID();
        String four = "test-" + UUID.randomUUID();
        String dominated = "test-" + UUID.randomUUID();
        List<OutcomeShared> sent = new ArrayList<>();
        for (int t = 1; t <= 5; t++) {
            sent.add(outcome(balanced, "tenant-a" + t, 1, 2.0 + t * 0.5)); // 2.5, 3.0, 3.5, 4.0, 4.5, each twice
            sent.add(outcome(balanced, "tenant-a" + t, 1, 2.0 + t * 0.5));
            sent.add(outcome(five, "tenant-e" + t, 1, 2.0 + t * 0.5));
        }
        for (int t = 1; t <= 4; t++) {
            sent.add(outcome(four, "tenant-b" + t, 1, 4.0));
        }
        for (int p = 0; p < 10; p++) {
            sent.add(outcome(dominated, "tenant-c1", 1, 4.0));
            sent.add(outcome(dominated, "tenant-c2", 1, 2.0));
        }
        for (int t = 3; t <= 5; t++) {
            sent.add(outcome(dominated, "tenant-c" + t, 1, 3.0));
        }
        send(sent);
        awaitStored(balanced, 10);
        awaitStored(five, 5);
        awaitStored(four, 4);
        awaitStored(dominated, 23);

        ApiSession staff = ApiSession.login("staff");
        JsonNode shown = cell(staff, balanced);
        assertThat(shown.get("suppressed").isNull()).isTrue();
        assertThat(shown.get("median").asDouble()).isEqualTo(3.5);
        assertThat(shown.get("lowerQuartile").asDouble()).isEqualTo(3.0);
        assertThat(shown.get("upperQuartile").asDouble()).isEqualTo(4.0);
        assertThat(shown.get("tenants").asInt()).isEqualTo(5);
        assertThat(shown.get("contributions").asInt()).isEqualTo(10);

        JsonNode onlyFive = cell(staff, five);
        assertThat(onlyFive.get("median").asDouble()).isEqualTo(3.5);
        assertThat(onlyFive.get("lowerQuartile").isNull()).as("with five, a quartile is someone's own value").isTrue();
        assertThat(onlyFive.get("upperQuartile").isNull()).isTrue();

        JsonNode fewer = cell(staff, four);
        assertThat(fewer.get("suppressed").asString()).isEqualTo("FEWER_THAN_5_TENANTS");
        assertThat(fewer.get("median").isNull()).isTrue();
        assertThat(fewer.get("contributions").isNull()).as("a suppressed cell counts nothing").isTrue();
        assertThat(fewer.get("tenants").isNull()).isTrue();
        assertThat(staff.json("/api/insights/benchmarks").get("categories").get(four).isNull()).isTrue();

        JsonNode pair = cell(staff, dominated);
        assertThat(pair.get("suppressed").asString()).isEqualTo("DOMINATED_BY_TWO_TENANTS");
        assertThat(pair.get("median").isNull()).isTrue();
        assertThat(pair.get("contributions").isNull()).isTrue();

        String body = staff.get("/api/insights/benchmarks?category=" + balanced).body();
        assertThat(body).doesNotContain(sent.get(0).tenantRef(), sent.get(0).procurementRef());
        // tenants see the same figures, vendors none
        assertThat(ApiSession.login("fjallby-user1").get("/api/insights/benchmarks?category=" + balanced).statusCode()).isEqualTo(200);
        assertThat(ApiSession.login("edulab-1").get("/api/insights/benchmarks").statusCode()).isEqualTo(403);
        assertThat(staff.get("/api/insights/benchmarks?sizeBand=HUGE").statusCode()).isEqualTo(400);
    }

    @Test
    void duplicatesRedeliveriesAndStaleRevisionsDoNotChangeTheBenchmarkAndAReplayRebuildsTheSame() throws Exception {
        String category = "test-" + UUID.randomUUID();
        List<OutcomeShared> sent = new ArrayList<>();
        for (int t = 1; t <= 6; t++) {
            sent.add(outcome(category, "tenant-d" + t, 3, 3.0 + t * 0.25));
        }
        send(sent);
        awaitStored(category, 6);
        ApiSession staff = ApiSession.login("staff");
        JsonNode before = cell(staff, category);

        send(sent); // redelivered
        List<OutcomeShared> stale = sent.stream().map(o -> withRevision(o, 2, 1.0)).toList();
        send(stale); // an older revision arriving late
        send(List.of(outcome(category, "tenant-marker", 1, 5.0)));
        awaitStored(category, 7);
        JsonNode after = cell(staff, category);
        assertThat(after.get("contributions").asInt()).as("7, published as at least 5").isEqualTo(5);
        // only the marker's 5.0 was added: 3.25 … 4.5 plus 5.0
        assertThat(before.get("median").asDouble()).isEqualTo(3.9);
        assertThat(after.get("median").asDouble()).isEqualTo(4.0);

        List<Map<String, Object>> readModel = readModel();
        java.net.http.HttpResponse<String> rebuilt = ApiSession.login("admin").post("/api/insights/rebuild", "{}");
        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        assertThat(ApiSession.parse(rebuilt.body()).get("replayed").asLong()).isGreaterThanOrEqualTo(sent.size() * 3L);
        assertThat(readModel()).isEqualTo(readModel);
        assertThat(staff.post("/api/insights/rebuild", "{}").statusCode()).isEqualTo(403);
    }

    private List<Map<String, Object>> readModel() {
        return jdbc.queryForList("select procurement_ref, tenant_ref, revision, product_category, size_band, payload "
                + "from insights_outcome order by procurement_ref");
    }

    /** Waits until the insights read model holds {@code count} outcomes of the category (counts are no longer published exactly). */
    private void awaitStored(String category, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (stored(category) < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(stored(category)).as("outcomes of " + category + " stored").isEqualTo(count);
    }

    private int stored(String category) {
        return jdbc.queryForObject("select count(*) from insights_outcome where product_category = ?", Integer.class, category);
    }

    private static JsonNode cell(ApiSession staff, String category) {
        for (JsonNode cell : staff.json("/api/insights/benchmarks?category=" + category).get("metrics")) {
            if (cell.get("key").asString().equals("SATISFACTION")) {
                return cell;
            }
        }
        throw new AssertionError("no satisfaction cell");
    }

    private void send(List<OutcomeShared> outcomes) throws Exception {
        for (OutcomeShared outcome : outcomes) {
            kafka.send(topic, outcome.procurementRef(), json.writeValueAsString(outcome)).get();
        }
    }

    private static OutcomeShared outcome(String category, String tenantRef, long revision, double satisfaction) {
        return new OutcomeShared(OutcomeShared.SCHEMA, UUID.randomUUID().toString(), tenantRef, revision, Instant.now(),
                new Cohort("MEDIUM", "MUNICIPAL", "SVEALAND"), category, "2026-Q3", 200, 10, Map.of("FUNCTION", 6, "INTEROPERABILITY", 4),
                3, 5, List.of(), 12, satisfaction, 60.0, 4, 80, 110L, true, true, true);
    }

    private static OutcomeShared withRevision(OutcomeShared o, long revision, double satisfaction) {
        return new OutcomeShared(o.schema(), o.procurementRef(), o.tenantRef(), revision, o.sharedAt(), o.cohort(), o.productCategory(),
                o.awardedQuarter(), o.daysFromFirstNeedToAward(), o.requirementCount(), o.requirementsByCategory(),
                o.requirementsCitingStandard(), o.questionCount(), o.templateKeys(), o.surveyResponses(), satisfaction,
                o.benefitRealisedPercent(), o.deliveryQuality(), o.adoptionPercent(), o.yearlyCostPerPupilSek(), o.openFormatExport(),
                o.exitPlanDocumented(), o.closed());
    }
}
