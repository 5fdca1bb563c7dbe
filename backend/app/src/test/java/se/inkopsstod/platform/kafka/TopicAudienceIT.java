package se.inkopsstod.platform.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import se.inkopsstod.outcomes.OutcomesApi;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * Reads every Kafka topic with a real consumer while a tender is sealed and a survey is answered:
 * no price, explanation or survey comment is on any of them, and every domain event says its
 * audience, none of them sealed or personal.
 */
@InkopsstodIntegrationTest
class TopicAudienceIT {

    private static final Set<String> OPEN_AUDIENCES = Set.of("TEAM", "TENANT", "VENDORS", "PLATFORM");

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${inkopsstod.kafka.topics.domain-events}")
    String domainEvents;

    @Test
    void sealedTendersAndPersonalAnswersReachNoTopicAndEveryEventSaysItsAudience() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String explanation = "Hemlig förklaring " + marker;
        long price = 900_000 + Math.abs(marker.hashCode() % 99_999);
        String comment = "Hemlig enkätkommentar " + marker;

        ApiSession buyer = ApiSession.login("alvstad-buyer2");
        ApiSession edulab = ApiSession.login("edulab-1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Export i öppet format.","kind":"MANDATORY","category":"EXIT_AND_PORTABILITY"}""").body())
                .get("id").asString();
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            if (vendor.get("name").asString().startsWith("Edulab")) {
                assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"" + vendor.get("id").asString() + "\"}")
                        .statusCode()).isEqualTo(200);
            }
        }
        Instant deadline = Instant.now().plus(20, ChronoUnit.DAYS);
        assertThat(buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"LOWEST_PRICE"}"""
                .formatted(deadline, LocalDate.ofInstant(deadline, ZoneId.of("Europe/Stockholm")).minusDays(8))).statusCode())
                .isEqualTo(200);
        String tender = "/api/vendor/procurements/" + procurement + "/tender";
        HttpResponse<String> saved = edulab.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS","explanation":"%s"}],"priceSek":%d}"""
                .formatted(requirement, explanation, price));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(edulab.post(tender + "/submit", "").statusCode()).isEqualTo(200);

        ApiSession teacher = ApiSession.login("alvstad-user2");
        OutcomesApi.Implemented implemented = OutcomesApi.implementedProcurement(buyer, OutcomesApi.uniqueTitle());
        OutcomesApi.team(buyer, implemented.procurementId(), teacher);
        assertThat(buyer.post(implemented.followUp(), "{}").statusCode()).isEqualTo(201);
        assertThat(teacher.post(implemented.followUp() + "/survey", """
                {"ratings":{"EASE_OF_USE":2,"SUPPORTS_WORK":3,"RELIABILITY":4,"VENDOR_SUPPORT":5},"comment":"%s"}"""
                .formatted(comment)).statusCode()).isEqualTo(201);

        // a later event on the topic means the publisher has passed the sealed and personal ones
        String after = "Efter " + marker;
        assertThat(buyer.post(base + "/comments", """
                {"itemId":"%s","text":"%s"}""".formatted(requirement, after)).statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> String.join("\n", TopicReader.readAll(bootstrapServers, domainEvents))
                .contains(after));

        List<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            topics = new ArrayList<>(admin.listTopics().names().get());
        }
        assertThat(topics).contains(domainEvents, "inkopsstod.insights.outcomes", "inkopsstod.insights.lessons");
        for (String topic : topics) {
            for (String message : TopicReader.readAll(bootstrapServers, topic)) {
                assertThat(message).as(topic).doesNotContain(explanation).doesNotContain("\"priceSek\":" + price)
                        .doesNotContain(comment);
            }
        }
        for (String message : TopicReader.readAll(bootstrapServers, domainEvents)) {
            JsonNode envelope = ApiSession.parse(message.substring(message.indexOf(' ') + 1));
            assertThat(envelope.path("audience").asString()).as(envelope.path("eventType").asString()).isIn(OPEN_AUDIENCES);
            assertThat(envelope.path("eventType").asString())
                    .isNotIn("TenderSavedEvent", "TenderSubmittedEvent", "SurveyAnsweredEvent");
        }
    }
}
