package se.inkopsstod.procurement.evaluation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TestClock;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.openTenders;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * From sealed tenders to the award: opening at the deadline, scoring by the team, disqualifying a
 * tender that fails a mandatory requirement, price with quality deductions, and each vendor
 * seeing the decision with only its own evaluation. Each requirement keeps the number its
 * procurement gave it (K1, K2 …) in the workspace, the trace, the vendor's published set and the
 * evaluation.
 */
@InkopsstodIntegrationTest
class EvaluationIT {

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void tendersAreOpenedScoredRankedAndAwarded() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession colleague = ApiSession.login("larande-user1");
        ApiSession edulab = ApiSession.login("edulab-1");
        ApiSession skolsys = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyer, colleague);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String mandatory = requirement(buyer, base, "Inloggning ska ske via Skolfederation.", "MANDATORY", null, "IDENTITY_AND_EID");
        String usability = requirement(buyer, base, "Lärare bör rapportera frånvaro med högst tre klick.", "EVALUATED", 60, "FUNCTION");
        String support = requirement(buyer, base, "Support bör finnas på svenska vardagar 7–18.", "EVALUATED", 40, "SUPPORT_AND_TRAINING");
        Map<String, Integer> numbers = numbers(buyer.json(base + "/requirements"), "id");
        assertThat(numbers).as("numbered as written").isEqualTo(Map.of(mandatory, 1, usability, 2, support, 3));
        assertThat(buyer.json(base + "/requirements")).extracting(r -> r.get("number").asInt()).containsExactly(1, 2, 3);
        assertThat(buyer.json(base + "/requirements/" + support).get("number").asInt()).isEqualTo(3);
        assertThat(numbers(buyer.json(base + "/trace").get("requirements"), "id")).isEqualTo(numbers);
        String edulabId = null;
        String skolsysId = null;
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            String id = vendor.get("id").asString();
            assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"" + id + "\"}").statusCode()).isEqualTo(200);
            if (vendor.get("name").asString().startsWith("Edulab")) edulabId = id; else skolsysId = id;
        }
        Instant deadline = Instant.now().plus(10, ChronoUnit.DAYS);
        assertThat(buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"PRICE_AND_QUALITY","qualityValueSek":100000}"""
                .formatted(deadline, LocalDate.ofInstant(deadline, ZoneId.of("Europe/Stockholm")).minusDays(7))).statusCode())
                .isEqualTo(200);

        JsonNode publishedSet = edulab.json("/api/vendor/procurements/" + procurement).get("requirements");
        assertThat(numbers(publishedSet, "requirementId")).as("the vendor's published set").isEqualTo(numbers);
        assertThat(publishedSet).extracting(r -> r.get("number").asInt()).containsExactly(1, 2, 3);

        submit(edulab, procurement, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS"},{"requirementId":"%s","compliance":"MEETS"},
                              {"requirementId":"%s","compliance":"PARTLY","explanation":"8–17"}],"priceSek":500000}"""
                .formatted(mandatory, usability, support));
        submit(skolsys, procurement, """
                {"responses":[{"requirementId":"%s","compliance":"DOES_NOT_MEET","explanation":"Egen inloggning"},
                              {"requirementId":"%s","compliance":"MEETS"},{"requirementId":"%s","compliance":"MEETS"}],
                 "priceSek":300000}""".formatted(mandatory, usability, support));

        HttpResponse<String> sealed = buyer.get(base + "/evaluation");
        assertThat(sealed.statusCode()).isEqualTo(409);
        assertThat(sealed.body()).contains("evaluation.sealed").doesNotContain("500000");

        TestClock.advance(Duration.ofDays(11));
        assertThat(buyer.get(base + "/evaluation").statusCode()).as("sealed until opened, deadline or not").isEqualTo(409);
        openTenders(buyer, base, colleague);
        JsonNode opened = buyer.json(base + "/tenders");
        assertThat(opened.get("opened").asBoolean()).isTrue();
        assertThat(opened.get("tenders").size()).isEqualTo(2);
        assertThat(edulab.put("/api/vendor/procurements/" + procurement + "/tender", "{\"responses\":[],\"priceSek\":1}")
                .statusCode()).as("after the deadline").isEqualTo(409);

        score(buyer, base, edulabId, usability, 5);
        score(colleague, base, edulabId, usability, 4);
        score(buyer, base, edulabId, support, 3);
        score(buyer, base, skolsysId, usability, 5);
        score(buyer, base, skolsysId, support, 5);
        assertThat(buyer.put(base + "/evaluation/scores", """
                {"vendorOrganisationId":"%s","requirementId":"%s","score":5}""".formatted(edulabId, mandatory)).statusCode())
                .as("mandatory requirements are not scored").isEqualTo(400);
        assertThat(buyer.put(base + "/evaluation/scores", """
                {"vendorOrganisationId":"%s","requirementId":"%s","score":6}""".formatted(edulabId, usability)).statusCode())
                .isEqualTo(400);

        JsonNode before = buyer.json(base + "/evaluation");
        JsonNode cheapButFailing = row(before, skolsysId);
        assertThat(cheapButFailing.get("failsMandatory").toString()).contains(mandatory);
        assertThat(cheapButFailing.get("evaluationPriceSek").asLong()).isEqualTo(200_000); // 300 000 − 100 % of 100 000
        JsonNode edulabRow = row(before, edulabId);
        assertThat(numbers(edulabRow.get("scores"), "requirementId")).as("the evaluation's scores")
                .isEqualTo(Map.of(usability, 2, support, 3));
        // (4.5 × 60 + 3 × 40) / (100 × 5) = 78 %: 78 000 off 500 000
        assertThat(edulabRow.get("quality").asDouble()).isEqualTo(78.0);
        assertThat(edulabRow.get("evaluationPriceSek").asLong()).isEqualTo(422_000);

        assertThat(buyer.post(base + "/evaluation/disqualifications", """
                {"vendorOrganisationId":"%s","reason":"Fel"}""".formatted(edulabId)).statusCode()).isEqualTo(409);
        assertThat(colleague.post(base + "/evaluation/disqualifications", """
                {"vendorOrganisationId":"%s","reason":"Skolfederation saknas"}""".formatted(skolsysId)).statusCode()).isEqualTo(403);
        JsonNode after = ApiSession.parse(buyer.post(base + "/evaluation/disqualifications", """
                {"vendorOrganisationId":"%s","reason":"Uppfyller inte ska-kravet om inloggning via Skolfederation."}"""
                .formatted(skolsysId)).body());
        assertThat(row(after, edulabId).get("rank").asInt()).isEqualTo(1);
        assertThat(row(after, skolsysId).get("disqualified").asBoolean()).isTrue();

        assertThat(buyer.post(base + "/evaluation/award", """
                {"vendorOrganisationId":"%s","reasoning":"Billigast"}""".formatted(skolsysId)).statusCode()).isEqualTo(409);
        assertThat(edulab.get("/api/vendor/procurements/" + procurement + "/decision").statusCode()).isEqualTo(404);
        HttpResponse<String> awarded = buyer.post(base + "/evaluation/award", """
                {"vendorOrganisationId":"%s","reasoning":"Lägsta utvärderingspris bland kvalificerade anbud."}""".formatted(edulabId));
        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);

        JsonNode won = edulab.json("/api/vendor/procurements/" + procurement + "/decision");
        assertThat(won.get("youWon").asBoolean()).isTrue();
        assertThat(won.get("yourRank").asInt()).isEqualTo(1);
        HttpResponse<String> lost = skolsys.get("/api/vendor/procurements/" + procurement + "/decision");
        assertThat(lost.body()).contains("Edulab Lärplattformar AB", "Lägsta utvärderingspris", "Uppfyller inte ska-kravet")
                .doesNotContain("500000").doesNotContain("422000").doesNotContain("78.0");
        assertThat(ApiSession.parse(lost.body()).get("youWon").asBoolean()).isFalse();

        // the award decision: the procurement is awarded by itself, the standstill runs ten days, every tenderer sees its end
        Instant decidedAt = Instant.parse(ApiSession.parse(awarded.body()).get("award").get("decidedAt").asString());
        Instant standstillEnds = Instant.parse(won.get("standstillEndsAt").asString());
        assertThat(Duration.between(decidedAt, standstillEnds)).isEqualTo(Duration.ofDays(10));
        assertThat(won.get("evaluationModel").asString()).isEqualTo("PRICE_AND_QUALITY");
        assertThat(ApiSession.parse(lost.body()).get("standstillEndsAt").asString()).isEqualTo(won.get("standstillEndsAt").asString());
        assertThat(buyer.json(base).get("phase").asString()).isEqualTo("AWARDED");
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"IMPLEMENTATION\"}").statusCode())
                .as("implementation follows the signed contract").isEqualTo(409);
        HttpResponse<String> tooEarly = buyer.post(base + "/evaluation/contract", "");
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("contract.standstill");
        assertThat(colleague.post(base + "/evaluation/contract", "").statusCode()).as("only a buyer").isEqualTo(403);
        TestClock.advance(Duration.ofDays(10));
        HttpResponse<String> signed = buyer.post(base + "/evaluation/contract", "");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(ApiSession.parse(signed.body()).get("award").get("contractSignedAt").isNull()).isFalse();
        assertThat(buyer.json(base).get("phase").asString()).isEqualTo("IMPLEMENTATION");
        assertThat(edulab.json("/api/vendor/procurements/" + procurement + "/decision").get("contractSignedAt").isNull()).isFalse();
        assertThat(buyer.post(base + "/evaluation/contract", "").statusCode()).as("signed once").isEqualTo(409);

        assertThat(buyer.put(base + "/evaluation/scores", """
                {"vendorOrganisationId":"%s","requirementId":"%s","score":1}""".formatted(edulabId, usability)).statusCode())
                .as("the award is decided").isEqualTo(409);
        assertThat(ApiSession.login("alvstad-buyer1").get(base + "/evaluation").statusCode()).isEqualTo(404);
        assertThat(edulab.get(base + "/evaluation").statusCode()).isEqualTo(403);
    }

    private static String requirement(ApiSession buyer, String base, String text, String kind, Integer weight, String category) {
        HttpResponse<String> created = buyer.post(base + "/requirements", """
                {"text":"%s","kind":"%s","weight":%s,"category":"%s","verificationMethod":"Demonstration"}"""
                .formatted(text, kind, weight, category));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiSession.parse(created.body()).get("id").asString();
    }

    private static void submit(ApiSession vendor, String procurement, String tender) {
        String path = "/api/vendor/procurements/" + procurement + "/tender";
        assertThat(vendor.put(path, tender).statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = vendor.post(path + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    }

    private static void score(ApiSession who, String base, String vendor, String requirement, int score) {
        HttpResponse<String> scored = who.put(base + "/evaluation/scores", """
                {"vendorOrganisationId":"%s","requirementId":"%s","score":%d}""".formatted(vendor, requirement, score));
        assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
    }

    private static Map<String, Integer> numbers(JsonNode requirements, String idField) {
        Map<String, Integer> numbers = new HashMap<>();
        requirements.forEach(r -> numbers.put(r.get(idField).asString(), r.get("number").asInt()));
        return numbers;
    }

    private static JsonNode row(JsonNode evaluation, String vendor) {
        for (JsonNode row : evaluation.get("rows")) {
            if (row.get("vendorOrganisationId").asString().equals(vendor)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + vendor);
    }
}
