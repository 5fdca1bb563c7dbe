package se.inkopsstod.outcomes.followup;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.inkopsstod.outcomes.contract.Pseudonyms;
import org.springframework.beans.factory.annotation.Value;
import se.inkopsstod.outcomes.OutcomesApi;
import se.inkopsstod.outcomes.OutcomesApi.Implemented;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up of an implemented procurement through the real API: outcomes per need, the
 * survey (one answer per person), facts with their units, closing; what other tenants, staff and
 * vendors get; and what of it leaves the tenant on the insights topic.
 */
@InkopsstodIntegrationTest
class FollowUpIT {

    private static final String SURVEY = """
            {"ratings":{"EASE_OF_USE":%d,"SUPPORTS_WORK":4,"RELIABILITY":5,"VENDOR_SUPPORT":3},"comment":"%s"}""";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Value("${inkopsstod.kafka.topics.insights-outcomes}")
    String outcomesTopic;
    @Autowired
    Pseudonyms pseudonyms;

    @Test
    void theBuyerFollowsUpEveryNeedAndTheUsersAnswerTheSurveyOnceEach() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession teacher = ApiSession.login("alvstad-user1");
        ApiSession lateTeacher = ApiSession.login("alvstad-user2");
        Implemented procurement = OutcomesApi.implementedProcurement(buyer, OutcomesApi.uniqueTitle());
        OutcomesApi.team(buyer, procurement.procurementId(), teacher, lateTeacher);

        JsonNode before = buyer.json(procurement.followUp());
        assertThat(before.get("status").asString()).isEqualTo("NOT_OPENED");
        assertThat(before.get("canOpen").asBoolean()).isTrue();
        assertThat(teacher.post(procurement.followUp(), "{}").statusCode()).isEqualTo(403);
        assertThat(buyer.post(procurement.followUp(), "{}").statusCode()).isEqualTo(201);
        assertThat(buyer.post(procurement.followUp(), "{}").statusCode()).isEqualTo(409);

        HttpResponse<String> indicator = buyer.put(procurement.followUp() + "/indicators/" + procurement.needId(), """
                {"realisedValue":75,"measuredOn":"2027-05-30","source":"Enkät till lärare","benefitRealisedPercent":70}""");
        assertThat(indicator.statusCode()).as(indicator.body()).isEqualTo(200);
        JsonNode need = ApiSession.parse(indicator.body()).get("needs").get(0);
        assertThat(need.get("indicator").asString()).isEqualTo("Minuter per vecka");
        assertThat(need.get("requirements")).hasSize(2);
        assertThat(need.get("outcome").get("realisedValue").asDouble()).isEqualTo(75.0);

        HttpResponse<String> facts = buyer.put(procurement.followUp() + "/facts", """
                {"deliveryQuality":4,"deliveryComment":"Bra support","adoptionPercent":82,"yearlyCostPerPupilSek":95,
                 "openFormatExport":true,"exitPlanDocumented":false}""");
        assertThat(facts.statusCode()).as(facts.body()).isEqualTo(200);

        assertThat(teacher.post(procurement.followUp() + "/survey", SURVEY.formatted(4, "Smidigt")).statusCode()).isEqualTo(201);
        HttpResponse<String> twice = teacher.post(procurement.followUp() + "/survey", SURVEY.formatted(5, "Igen"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(ApiSession.parse(twice.body()).get("code").asString()).isEqualTo("survey.already-answered");
        assertThat(teacher.put(procurement.followUp() + "/survey", SURVEY.formatted(2, "Ändrat mig")).statusCode()).isEqualTo(200);
        assertThat(buyer.post(procurement.followUp() + "/survey", SURVEY.formatted(5, "")).statusCode()).isEqualTo(201);

        JsonNode view = buyer.json(procurement.followUp());
        JsonNode survey = view.get("survey");
        assertThat(survey.get("responses").asInt()).isEqualTo(2);
        assertThat(survey.get("distribution").get("EASE_OF_USE").toString()).isEqualTo("[0,1,0,0,1]");
        assertThat(survey.get("averages").get("EASE_OF_USE").asDouble()).isEqualTo(3.5);
        assertThat(survey.get("comments").toString()).contains("Ändrat mig").doesNotContain("Smidigt");
        assertThat(view.toString()).doesNotContain(teacher.json("/api/me").get("id").asString());
        assertThat(view.get("benefitRealisedPercent").asDouble()).isEqualTo(70.0);
        assertThat(view.get("facts").get("yearlyCostPerPupilSek").asLong()).isEqualTo(95);
        assertThat(teacher.json(procurement.followUp()).get("survey").get("mine").get("ratings").get("EASE_OF_USE").asInt()).isEqualTo(2);

        assertThat(buyer.post(procurement.followUp() + "/close", "{}").statusCode()).isEqualTo(200);
        HttpResponse<String> late = lateTeacher.post(procurement.followUp() + "/survey", SURVEY.formatted(3, ""));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(ApiSession.parse(late.body()).get("code").asString()).isEqualTo("follow-up.closed");
    }

    @Test
    void badFiguresAreRefusedWithTheFieldAndNothingIsStored() {
        ApiSession buyer = ApiSession.login("fjallby-buyer1");
        Implemented procurement = OutcomesApi.implementedProcurement(buyer, OutcomesApi.uniqueTitle());
        assertThat(buyer.post(procurement.followUp(), "{}").statusCode()).isEqualTo(201);
        String indicators = procurement.followUp() + "/indicators/" + procurement.needId();

        assertThat(buyer.put(indicators, "{\"realisedValue\":1,\"measuredOn\":\"2027-01-01\",\"benefitRealisedPercent\":140}")
                .statusCode()).isEqualTo(400);
        HttpResponse<String> wrongUnit = buyer.put(procurement.followUp() + "/facts", "{\"yearlyCostPerPupilSek\":2400000}");
        assertThat(wrongUnit.statusCode()).isEqualTo(400);
        assertThat(ApiSession.parse(wrongUnit.body()).get("errors").get(0).get("field").asString()).isEqualTo("yearlyCostPerPupilSek");
        HttpResponse<String> fraction = buyer.put(procurement.followUp() + "/facts", "{\"adoptionPercent\":0.82}");
        assertThat(fraction.statusCode()).isEqualTo(400);
        assertThat(ApiSession.parse(fraction.body()).get("errors").get(0).get("message").asString()).isEqualTo("Must be a whole number.");
        assertThat(buyer.put(procurement.followUp() + "/facts", "{\"deliveryQuality\":6}").statusCode()).isEqualTo(400);
        assertThat(buyer.post(procurement.followUp() + "/survey",
                "{\"ratings\":{\"EASE_OF_USE\":0,\"SUPPORTS_WORK\":4,\"RELIABILITY\":5,\"VENDOR_SUPPORT\":3}}").statusCode()).isEqualTo(400);
        assertThat(buyer.post(procurement.followUp() + "/survey", "{\"ratings\":{\"EASE_OF_USE\":3}}").statusCode()).isEqualTo(400);
        assertThat(buyer.put(procurement.followUp() + "/indicators/unknown-need",
                "{\"realisedValue\":1,\"measuredOn\":\"2027-01-01\",\"benefitRealisedPercent\":40}").statusCode()).isEqualTo(404);

        JsonNode view = buyer.json(procurement.followUp());
        assertThat(view.get("needs").get(0).get("outcome").isNull()).isTrue();
        assertThat(view.get("facts").get("yearlyCostPerPupilSek").isNull()).isTrue();
        assertThat(view.get("facts").get("deliveryQuality").isNull()).isTrue();
        assertThat(view.get("survey").get("responses").asInt()).isZero();

        // a procurement not yet implemented cannot be followed up
        String early = se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam(buyer);
        HttpResponse<String> tooEarly = buyer.post("/api/procurements/" + early + "/follow-up", "{}");
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(ApiSession.parse(tooEarly.body()).get("code").asString()).isEqualTo("follow-up.phase");
    }

    @Test
    void theUppfoljningListOffersTheOpenSurveyToWhoeverMayAnswerItAndNoOneElse() {
        ApiSession buyer = ApiSession.login("fjallby-buyer1");
        ApiSession teacher = ApiSession.login("fjallby-user1");
        ApiSession offTeam = ApiSession.login("fjallby-user2");
        String title = OutcomesApi.uniqueTitle();
        Implemented procurement = OutcomesApi.implementedProcurement(buyer, title);
        OutcomesApi.team(buyer, procurement.procurementId(), teacher);

        JsonNode before = line(teacher, procurement.procurementId());
        assertThat(before).as("implemented: listed before the follow-up opens").isNotNull();
        assertThat(before.get("status").asString()).isEqualTo("NOT_OPENED");
        assertThat(before.get("canAnswer").asBoolean()).isFalse();

        assertThat(buyer.post(procurement.followUp(), "{}").statusCode()).isEqualTo(201);
        JsonNode open = line(teacher, procurement.procurementId());
        assertThat(open.get("title").asString()).isEqualTo(title);
        assertThat(open.get("phase").asString()).isEqualTo("IMPLEMENTATION");
        assertThat(open.get("status").asString()).isEqualTo("OPEN");
        assertThat(open.get("canAnswer").asBoolean()).isTrue();
        assertThat(open.get("answered").asBoolean()).isFalse();
        assertThat(line(buyer, procurement.procurementId()).get("canAnswer").asBoolean()).isTrue();

        assertThat(teacher.post(procurement.followUp() + "/survey", SURVEY.formatted(4, "")).statusCode()).isEqualTo(201);
        assertThat(line(teacher, procurement.procurementId()).get("answered").asBoolean()).isTrue();
        assertThat(line(buyer, procurement.procurementId()).get("answered").asBoolean()).as("the buyer's own answer").isFalse();

        // the list follows the survey's own access: a teacher off the team meets 404 there and sees nothing here
        assertThat(offTeam.get(procurement.followUp()).statusCode()).isEqualTo(404);
        assertThat(line(offTeam, procurement.procurementId())).isNull();
        assertThat(offTeam.get("/api/follow-ups").body()).doesNotContain(title);
        assertThat(ApiSession.login("alvstad-buyer1").get("/api/follow-ups").body()).doesNotContain(title);
        assertThat(ApiSession.login("staff").get("/api/follow-ups").statusCode()).isEqualTo(403);

        assertThat(buyer.post(procurement.followUp() + "/close", "{}").statusCode()).isEqualTo(200);
        JsonNode closed = line(teacher, procurement.procurementId());
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("canAnswer").asBoolean()).isFalse();
    }

    /** The caller's line of the Uppföljning list for this procurement, or null when it is not listed. */
    private static JsonNode line(ApiSession session, String procurementId) {
        HttpResponse<String> list = session.get("/api/follow-ups");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        for (JsonNode line : ApiSession.parse(list.body())) {
            if (line.get("procurementId").asString().equals(procurementId)) {
                return line;
            }
        }
        return null;
    }

    @Test
    void noOneOutsideTheTenantReadsOrWritesItsFollowUp() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        Implemented procurement = OutcomesApi.implementedProcurement(buyer, OutcomesApi.uniqueTitle());
        assertThat(buyer.post(procurement.followUp(), "{}").statusCode()).isEqualTo(201);
        String[] writes = {procurement.followUp() + "/facts", procurement.followUp() + "/indicators/" + procurement.needId()};

        // another tenant, a teacher of the same tenant who is not on the team, staff, a vendor
        for (String user : new String[]{"alvstad-buyer1", "larande-user2", "staff", "edulab-1"}) {
            ApiSession other = ApiSession.login(user);
            HttpResponse<String> read = other.get(procurement.followUp());
            assertThat(read.statusCode()).as(user).isIn(403, 404);
            assertThat(read.body()).doesNotContain("Frånvaro");
            for (String write : writes) {
                assertThat(other.put(write, "{\"deliveryQuality\":1,\"realisedValue\":1,\"measuredOn\":\"2027-01-01\","
                        + "\"benefitRealisedPercent\":1}").statusCode()).as(user + " " + write).isIn(403, 404);
            }
            assertThat(other.post(procurement.followUp() + "/survey", SURVEY.formatted(1, "x")).statusCode()).as(user).isIn(403, 404);
            assertThat(other.post(procurement.followUp() + "/close", "{}").statusCode()).as(user).isIn(403, 404);
        }
        assertThat(buyer.json(procurement.followUp()).get("facts").get("deliveryQuality").isNull()).isTrue();
        assertThat(buyer.json(procurement.followUp()).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void theOutcomeLeavesTheTenantOnceWhenTheFollowUpClosesCarryingNoNameIdOrFreeText() throws Exception {
        ApiSession buyer = ApiSession.login("alvstad-buyer2");
        String title = OutcomesApi.uniqueTitle();
        Implemented procurement = OutcomesApi.implementedProcurement(buyer, title);
        String ref = "\"procurementRef\":\"" + pseudonyms.procurement(procurement.procurementId()) + "\"";
        assertThat(buyer.post(procurement.followUp(), "{}").statusCode()).isEqualTo(201);
        assertThat(buyer.put(procurement.followUp() + "/facts",
                "{\"deliveryQuality\":5,\"deliveryComment\":\"Hemlig kommentar\",\"yearlyCostPerPupilSek\":120}").statusCode()).isEqualTo(200);
        assertThat(buyer.post(procurement.followUp() + "/survey", SURVEY.formatted(4, "Ingen får läsa detta")).statusCode()).isEqualTo(201);
        JsonNode me = buyer.json("/api/me");

        // open: several sharing rounds (every 500 ms) pass and nothing of it leaves, so no two revisions tell one answer
        Thread.sleep(2_500);
        assertThat(allMessages()).noneMatch(m -> m.contains(ref));

        assertThat(buyer.post(procurement.followUp() + "/close", "{}").statusCode()).isEqualTo(200);
        List<String> messages = allMessages();
        long deadline = System.currentTimeMillis() + 15_000;
        while (messages.stream().noneMatch(m -> m.contains(ref)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
            messages = allMessages();
        }
        Thread.sleep(1_500); // and nothing more follows
        messages = allMessages();
        assertThat(messages.stream().filter(m -> m.contains(ref)).toList()).singleElement().satisfies(m -> assertThat(m)
                .contains("\"yearlyCostPerPupilSek\":120", "\"deliveryQuality\":5", "\"requirementsCitingStandard\":1", "\"closed\":true"));
        for (String message : messages) {
            assertThat(message).doesNotContain("Älvstad", "Fjällby", "Lärande Skolor", "212000-", "559100-", title, "Frånvaro",
                    "Hemlig kommentar", "Ingen får läsa detta", "SS 12000", procurement.procurementId(), procurement.needId(),
                    me.get("id").asString(), me.get("tenant").get("id").asString(), "@");
        }
    }

    private List<String> allMessages() {
        return TopicReader.readAll(bootstrapServers, outcomesTopic);
    }
}
