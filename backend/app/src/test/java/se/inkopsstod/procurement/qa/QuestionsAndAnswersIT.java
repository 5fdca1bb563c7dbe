package se.inkopsstod.procurement.qa;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.SseStream;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * Questions and answers under LOU and OSL over the real API: a vendor asks, the buyer's team
 * drafts together, publication reaches every invited vendor and never says who asked.
 */
@InkopsstodIntegrationTest
class QuestionsAndAnswersIT {

    @Test
    void aQuestionIsAnsweredTogetherAndPublishedToAllWithoutTheAsker() {
        ApiSession buyer = ApiSession.login("alvstad-buyer2");
        ApiSession colleague = ApiSession.login("alvstad-user1");
        ApiSession edulab = ApiSession.login("edulab-1");
        ApiSession skolsys = ApiSession.login("skolsys-2");
        String procurement = procurementWithTeam(buyer, colleague);
        String base = "/api/procurements/" + procurement;
        String requirement = publishedWithTwoVendors(buyer, base);

        HttpResponse<String> asked = edulab.post("/api/vendor/procurements/" + procurement + "/questions", """
                {"text":"Vi på Edulab Lärplattformar undrar: räcker SAML eller krävs OIDC?","requirementId":"%s"}"""
                .formatted(requirement));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String question = ApiSession.parse(asked.body()).get("id").asString();
        assertThat(ApiSession.parse(asked.body()).get("yours").asBoolean()).isTrue();
        assertThat(skolsys.get("/api/vendor/procurements/" + procurement + "/questions").body()).doesNotContain(question);

        JsonNode forTeam = buyer.json(base + "/questions/" + question);
        assertThat(forTeam.get("askedBy").get("vendorName").asString()).isEqualTo("Edulab Lärplattformar AB");
        assertThat(forTeam.get("answersDueBy").isNull()).isFalse();

        // two people on the team, two fields: both land; the same field again: a conflict naming who changed it
        String path = base + "/questions/" + question;
        assertThat(buyer.write("PATCH", path, "{\"baseVersion\":1,\"changes\":{\"question\":\"Räcker SAML eller krävs OIDC?\"}}",
                "application/json").statusCode()).isEqualTo(200);
        assertThat(colleague.write("PATCH", path, "{\"baseVersion\":1,\"changes\":{\"answer\":\"Båda räcker, se krav 3.\"}}",
                "application/json").statusCode()).isEqualTo(200);
        HttpResponse<String> conflict = colleague.write("PATCH", path,
                "{\"baseVersion\":1,\"changes\":{\"question\":\"Krävs OIDC?\"}}", "application/json");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("edit.conflict", "Sara Nyström");
        assertThat(colleague.post(path + "/publish", "").statusCode()).as("only buyers publish").isEqualTo(403);

        HttpResponse<String> published = buyer.post(path + "/publish", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(ApiSession.parse(published.body()).get("late").asBoolean()).isFalse();

        HttpResponse<String> otherVendor = skolsys.get("/api/vendor/procurements/" + procurement + "/questions");
        assertThat(otherVendor.body()).contains("Räcker SAML eller krävs OIDC?", "Båda räcker, se krav 3.")
                .doesNotContain("Edulab").doesNotContain("Henrik").doesNotContain("vendorOrganisationId").doesNotContain("askedBy");
        assertThat(ApiSession.parse(otherVendor.body()).get(0).get("yours").asBoolean()).isFalse();
        assertThat(ApiSession.parse(edulab.get("/api/vendor/procurements/" + procurement + "/questions").body())
                .get(0).get("yours").asBoolean()).isTrue();

        assertThat(buyer.write("PATCH", path, "{\"baseVersion\":4,\"changes\":{\"answer\":\"Ändrat i efterhand\"}}",
                "application/json").statusCode()).isEqualTo(409);
        assertThat(buyer.json(path + "/history").toString()).contains("Båda räcker, se krav 3.", "AnswerPublished");
    }

    @Test
    void aQuestionThatCouldGiveTheAskerAwayIsHeldUntilRewordedOrConfirmedWithAReason() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession edulab = ApiSession.login("edulab-1");
        ApiSession skolsys = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        publishedWithTwoVendors(buyer, base);
        String vendorQuestions = "/api/vendor/procurements/" + procurement + "/questions";

        // the vendor gives itself away: its short name, a phone number, an e-mail address
        String careless = ApiSession.parse(edulab.post(vendorQuestions, """
                {"text":"Vi på Edulab undrar om SAML räcker. Ring 070-123 45 67 eller skriv till support@edulab.example."}""")
                .body()).get("id").asString();
        String path = base + "/questions/" + careless;
        assertThat(buyer.write("PATCH", path, "{\"baseVersion\":1,\"changes\":{\"answer\":\"Ja, SAML räcker.\"}}",
                "application/json").statusCode()).isEqualTo(200);
        HttpResponse<String> held = buyer.post(path + "/publish", "");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(409);
        JsonNode problem = ApiSession.parse(held.body());
        assertThat(problem.get("code").asString()).isEqualTo("question.names-someone");
        assertThat(problem.get("findings").toString()).contains("\"VENDOR\"", "Edulab", "\"PHONE\"", "070-123 45 67",
                "\"EMAIL\"", "support@edulab.example");
        assertThat(buyer.post(path + "/publish", "{\"identityReason\":\"  \"}").statusCode()).as("a blank reason").isEqualTo(409);
        assertThat(skolsys.get(vendorQuestions).body()).as("nothing reached the vendors").doesNotContain("SAML");

        // reworded, it goes out without a word more
        assertThat(buyer.write("PATCH", path, "{\"baseVersion\":2,\"changes\":{\"question\":\"Räcker SAML?\"}}",
                "application/json").statusCode()).isEqualTo(200);
        HttpResponse<String> published = buyer.post(path + "/publish", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(skolsys.get(vendorQuestions).body()).contains("Räcker SAML?").doesNotContain("Edulab").doesNotContain("070");

        // a vendor named for a reason that does not point at the asker: published with the buyer's reason, on record
        String about = ApiSession.parse(skolsys.post(vendorQuestions, """
                {"text":"Ska betygsdata kunna hämtas från Edulab Lärplattformar AB:s nuvarande plattform?"}""")
                .body()).get("id").asString();
        String aboutPath = base + "/questions/" + about;
        assertThat(buyer.write("PATCH", aboutPath, "{\"baseVersion\":1,\"changes\":{\"answer\":\"Ja, via export.\"}}",
                "application/json").statusCode()).isEqualTo(200);
        assertThat(buyer.post(aboutPath + "/publish", "").statusCode()).isEqualTo(409);
        String reason = "Plattformen är den nuvarande leverantörens och nämns i upphandlingsdokumenten; frågan röjer inte vem som ställde den.";
        HttpResponse<String> confirmed = buyer.post(aboutPath + "/publish", "{\"identityReason\":\"" + reason + "\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(edulab.get(vendorQuestions).body()).contains("Ja, via export.");
        assertThat(buyer.json(base + "/record?edition=BUYER").toString()).contains(reason, "Edulab Lärplattformar AB (leverantör)");
        assertThat(buyer.json(base + "/record?edition=PUBLIC").toString()).doesNotContain(reason);
    }

    @Test
    void theBuyerPublishesAClarificationNoQuestionPrompted() {
        ApiSession buyer = ApiSession.login("fjallby-buyer1");
        ApiSession skolsys = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        publishedWithTwoVendors(buyer, base);

        HttpResponse<String> started = buyer.post(base + "/questions", "{\"text\":\"Förtydligande om prisbilagan\"}");
        assertThat(started.statusCode()).isEqualTo(201);
        String id = ApiSession.parse(started.body()).get("id").asString();
        assertThat(buyer.post(base + "/questions/" + id + "/publish", "").statusCode()).as("no answer yet").isEqualTo(409);
        assertThat(buyer.write("PATCH", base + "/questions/" + id, "{\"baseVersion\":1,\"changes\":{\"answer\":\"Priser anges exklusive moms.\"}}",
                "application/json").statusCode()).isEqualTo(200);
        assertThat(buyer.post(base + "/questions/" + id + "/publish", "").statusCode()).isEqualTo(200);

        JsonNode seen = ApiSession.parse(skolsys.get("/api/vendor/procurements/" + procurement + "/questions").body()).get(0);
        assertThat(seen.get("clarification").asBoolean()).isTrue();
        assertThat(seen.get("answer").asString()).isEqualTo("Priser anges exklusive moms.");
    }

    @Test
    void onlyInvitedVendorsAskAndOnlyTheTeamSeesDrafts() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession edulab = ApiSession.login("edulab-2");
        ApiSession skolsys = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        publishedWithTwoVendors(buyer, base);
        String vendorQuestions = "/api/vendor/procurements/" + procurement + "/questions";

        assertThat(edulab.post(vendorQuestions, "{\"text\":\"  \"}").statusCode()).isEqualTo(400);
        assertThat(edulab.post(vendorQuestions, "{\"text\":\"Om kravet?\",\"requirementId\":\"not-published\"}").statusCode()).isEqualTo(400);
        assertThat(edulab.post(vendorQuestions, "{\"text\":\"" + "x".repeat(4001) + "\"}").statusCode()).isEqualTo(400);
        assertThat(buyer.json(base + "/questions").size()).isZero();

        String skolsysId = null;
        for (JsonNode vendor : buyer.json(base + "/vendors")) {
            if (vendor.get("name").asString().startsWith("Skolsystem")) {
                skolsysId = vendor.get("vendorOrganisationId").asString();
            }
        }
        // the tender is published: no vendor is uninvited any more (ADR 0009), so both may still ask
        assertThat(buyer.write("DELETE", base + "/vendors/" + skolsysId, "", "application/json").statusCode()).isEqualTo(409);
        assertThat(skolsys.get(vendorQuestions).statusCode()).isEqualTo(200);
        // a vendor not invited to this procurement meets 404
        String elsewhere = ApiSession.parse(ApiSession.login("larande-buyer2").post("/api/procurements", """
                {"title":"Annan","category":"assessment","procedure":"OPEN","estimatedValueSek":1}""").body()).get("id").asString();
        assertThat(skolsys.post("/api/vendor/procurements/" + elsewhere + "/questions", "{\"text\":\"Får vi fråga?\"}").statusCode())
                .isEqualTo(404);

        assertThat(edulab.get(base + "/questions").statusCode()).isEqualTo(403);
        assertThat(ApiSession.login("alvstad-buyer1").get(base + "/questions").statusCode()).isEqualTo(404);
        assertThat(ApiSession.login("staff").get(base + "/questions").statusCode()).isIn(403, 404);
        assertThat(ApiSession.login("staff").get(vendorQuestions).statusCode()).isEqualTo(403);
    }

    @Test
    void otherVendorsHearOfAPublishedAnswerLiveButNeverOfTheQuestionOrWhoAsked() {
        ApiSession buyer = ApiSession.login("fjallby-buyer2");
        ApiSession edulab = ApiSession.login("edulab-2");
        ApiSession skolsys = ApiSession.login("skolsys-2");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        publishedWithTwoVendors(buyer, base);

        try (SseStream stream = skolsys.stream("/api/vendor/procurements/" + procurement + "/stream", null)) {
            assertThat(stream.status()).isEqualTo(200);
            stream.next(e -> "ready".equals(e.name()), Duration.ofSeconds(10));
            String question = ApiSession.parse(edulab.post("/api/vendor/procurements/" + procurement + "/questions",
                    "{\"text\":\"Hur många licenser ingår?\"}").body()).get("id").asString();
            assertThat(buyer.write("PATCH", base + "/questions/" + question,
                    "{\"baseVersion\":1,\"changes\":{\"answer\":\"Alla elever och lärare.\"}}", "application/json").statusCode())
                    .isEqualTo(200);
            assertThat(buyer.post(base + "/questions/" + question + "/publish", "").statusCode()).isEqualTo(200);

            SseStream.Event first = stream.next(e -> "change".equals(e.name()), Duration.ofSeconds(5));
            assertThat(first.data().get("type").asString()).isEqualTo("AnswerPublished");
            assertThat(first.data().toString()).doesNotContain("Nora").doesNotContain("Edulab").doesNotContain("Mats");
        }
        try (SseStream notAVendor = ApiSession.login("fjallby-user2").stream("/api/vendor/procurements/" + procurement + "/stream", null)) {
            assertThat(notAVendor.status()).isEqualTo(403);
        }
    }

    /** Requirements phase, one requirement, both demo vendors invited, tender published 30 days ahead. */
    private static String publishedWithTwoVendors(ApiSession buyer, String base) {
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Inloggning ska ske via Skolfederation (SAML eller OIDC).","kind":"MANDATORY",
                 "category":"IDENTITY_AND_EID","verificationMethod":"Demonstration"}""").body()).get("id").asString();
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"%s\"}".formatted(vendor.get("id").asString()))
                    .statusCode()).isEqualTo(200);
        }
        Instant deadline = Instant.now().plus(30, ChronoUnit.DAYS);
        LocalDate lastQuestions = LocalDate.ofInstant(deadline, ZoneId.of("Europe/Stockholm")).minusDays(10);
        assertThat(buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"LOWEST_PRICE"}""".formatted(deadline, lastQuestions))
                .statusCode()).isEqualTo(200);
        return requirement;
    }
}
