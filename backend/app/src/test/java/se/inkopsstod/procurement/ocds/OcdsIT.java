package se.inkopsstod.procurement.ocds;

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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.openTenders;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * The OCDS export over the real API, from draft to signed contract: a schema-valid release
 * package at every stage, ocids with the configured prefix, requirements by their numbers, and a
 * question answered in public whose asker the export never gives away.
 */
@InkopsstodIntegrationTest
class OcdsIT {

    /** Skolsystem Norden asks and never tenders: nothing in the export may point at it. */
    private static final List<String> ASKER = List.of("Skolsystem", "559100-0012", "5591000012", "Tove Lind", "tove.lind",
            "skolsys");

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void aProcurementIsValidOcdsAtEveryStageAndNeverNamesWhoAsked() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession colleague = ApiSession.login("larande-user1");
        ApiSession edulab = ApiSession.login("edulab-1");
        ApiSession skolsys = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyer, colleague);
        String base = "/api/procurements/" + procurement;
        String need = ApiSession.parse(buyer.post(base + "/needs", """
                {"statement":"Lärare behöver rapportera frånvaro snabbt.","perspective":"teacher","schoolProcess":"attendance",
                 "priority":"HIGH"}""").body()).get("id").asString();
        assertThat(buyer.post(base + "/needs/" + need + "/accept", "{}").statusCode()).isEqualTo(200);
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String login = requirement(buyer, base, "Inloggning ska ske via Skolfederation.", "MANDATORY", null);
        String absence = requirement(buyer, base, "Lärare bör rapportera frånvaro med högst tre klick.", "EVALUATED", 60);

        JsonNode draft = export(buyer, base);
        JsonNode release = draft.get("releases").get(0);
        assertThat(release.get("ocid").asString()).as("the configured prefix").isEqualTo("ocds-test42-" + procurement);
        assertThat(draft.get("publisher").get("name").asString()).isEqualTo(release.get("parties").get(0).get("name").asString());
        assertThat(release.get("tender").get("status").asString()).isEqualTo("planning");
        assertThat(release.get("tender").get("items")).extracting(i -> i.get("id").asString()).containsExactly("K1", "K2");
        assertThat(release.get("planning").get("rationale").asString()).contains("Lärare behöver rapportera frånvaro snabbt.");
        // vendors have no way into the team's routes, invited or not: the same answer either way gives nothing away
        assertThat(edulab.get(base + "/ocds").statusCode()).as("a vendor not invited").isEqualTo(403);
        assertThat(ApiSession.login("alvstad-buyer1").get(base + "/ocds").statusCode()).as("another huvudman").isEqualTo(404);

        String edulabId = null;
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            String id = vendor.get("id").asString();
            assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"" + id + "\"}").statusCode()).isEqualTo(200);
            if (vendor.get("name").asString().startsWith("Edulab")) {
                edulabId = id;
            }
        }
        Instant deadline = Instant.now().plus(10, ChronoUnit.DAYS);
        assertThat(buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"LOWEST_PRICE"}"""
                .formatted(deadline, LocalDate.ofInstant(deadline, ZoneId.of("Europe/Stockholm")).minusDays(7))).statusCode())
                .isEqualTo(200);
        assertThat(edulab.get(base + "/ocds").statusCode()).as("an invited vendor").isEqualTo(403);
        assertThat(buyer.post(base + "/amendments", """
                {"requirementId":"%s","changes":{"weight":70},"reason":"Frånvaron väger tyngre."}""".formatted(absence))
                .statusCode()).isEqualTo(200);

        String vendorQuestions = "/api/vendor/procurements/" + procurement + "/questions";
        HttpResponse<String> asked = skolsys.post(vendorQuestions, """
                {"text":"Vi på Skolsystem Norden AB undrar: räcker SAML?","requirementId":"%s"}""".formatted(login));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String question = ApiSession.parse(asked.body()).get("id").asString();
        assertThat(skolsys.post(vendorQuestions, "{\"text\":\"En obesvarad fråga om priset.\"}").statusCode()).isEqualTo(201);
        assertThat(buyer.write("PATCH", base + "/questions/" + question, """
                {"baseVersion":1,"changes":{"question":"Räcker SAML?","answer":"Ja, SAML via Skolfederation räcker."}}""",
                "application/json").statusCode()).isEqualTo(200);
        assertThat(buyer.post(base + "/questions/" + question + "/publish", "").statusCode()).isEqualTo(200);

        JsonNode published = export(buyer, base);
        JsonNode tender = published.get("releases").get(0).get("tender");
        assertThat(tender.get("status").asString()).isEqualTo("active");
        assertThat(tender.get("tenderPeriod").get("endDate").asString()).isEqualTo(deadline.truncatedTo(ChronoUnit.SECONDS).toString());
        assertThat(tender.get("enquiryPeriod").has("endDate")).isTrue();
        assertThat(tender.get("amendments").get(0).get("description").asString()).isEqualTo("K2 ändrat: vikt");
        assertThat(tender.get("enquiries")).hasSize(1);
        JsonNode enquiry = tender.get("enquiries").get(0);
        assertThat(enquiry.get("description").asString()).isEqualTo("Räcker SAML?");
        assertThat(enquiry.get("answer").asString()).isEqualTo("Ja, SAML via Skolfederation räcker.");
        assertThat(enquiry.get("relatedItem").asString()).isEqualTo("K1");
        assertThat(enquiry.has("author")).isFalse();
        assertThat(published.get("extensions").get(0).asString()).contains("ocds_enquiry_extension");
        assertThat(published.toString()).as("the unpublished question").doesNotContain("obesvarad");
        assertNoAsker(published, skolsysId(buyer));

        String tenderPath = "/api/vendor/procurements/" + procurement + "/tender";
        assertThat(edulab.put(tenderPath, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS"},{"requirementId":"%s","compliance":"MEETS"}],
                 "priceSek":480000}""".formatted(login, absence)).statusCode()).isEqualTo(200);
        assertThat(edulab.post(tenderPath + "/submit", "").statusCode()).isEqualTo(200);
        TestClock.advance(Duration.ofDays(11));
        openTenders(buyer, base, colleague);
        JsonNode opened = export(buyer, base);
        assertThat(opened.get("releases").get(0).get("tender").get("numberOfTenderers").asInt()).isEqualTo(1);
        assertThat(opened.toString()).as("who tendered is secret until the award decision").doesNotContain("Edulab")
                .doesNotContain("480000");

        HttpResponse<String> awarded = buyer.post(base + "/evaluation/award", """
                {"vendorOrganisationId":"%s","reasoning":"Enda anbudet, uppfyller alla ska-krav."}""".formatted(edulabId));
        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);
        JsonNode decided = export(buyer, base).get("releases").get(0);
        JsonNode award = decided.get("awards").get(0);
        assertThat(award.get("status").asString()).as("the standstill period runs").isEqualTo("pending");
        assertThat(award.get("value").get("amount").asLong()).isEqualTo(480_000);
        assertThat(award.get("suppliers").get(0).get("id").asString()).isEqualTo("SE-ORG-5591000004");
        assertThat(decided.get("tender").get("status").asString()).isEqualTo("complete");
        assertThat(decided.has("contracts")).isFalse();

        TestClock.advance(Duration.ofDays(10));
        assertThat(buyer.post(base + "/evaluation/contract", "").statusCode()).isEqualTo(200);
        JsonNode signed = export(buyer, base);
        JsonNode contract = signed.get("releases").get(0).get("contracts").get(0);
        assertThat(contract.get("status").asString()).isEqualTo("active");
        assertThat(contract.has("dateSigned")).isTrue();
        assertThat(signed.get("releases").get(0).get("awards").get(0).get("status").asString()).isEqualTo("active");
        assertThat(signed.get("releases").get(0).get("tag").toString()).contains("award", "contract");
        assertNoAsker(signed, skolsysId(buyer));
    }

    /** The package, after checking that it is a valid OCDS 1.1 release package with the Enquiries extension. */
    private static JsonNode export(ApiSession buyer, String base) {
        HttpResponse<String> answer = buyer.get(base + "/ocds");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode releasePackage = ApiSession.parse(answer.body());
        assertThat(OcdsSchema.errors(releasePackage)).as(answer.body()).isEmpty();
        assertThat(releasePackage.get("version").asString()).isEqualTo("1.1");
        return releasePackage;
    }

    private static void assertNoAsker(JsonNode releasePackage, String askerId) {
        String json = releasePackage.toString();
        List<String> found = new ArrayList<>();
        for (String trace : ASKER) {
            if (json.toLowerCase().contains(trace.toLowerCase())) {
                found.add(trace);
            }
        }
        assertThat(found).as("traces of the asker in " + json).isEmpty();
        assertThat(json).doesNotContain(askerId).doesNotContain("\"author\"").doesNotContain("enquirer");
    }

    private static String skolsysId(ApiSession buyer) {
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            if (vendor.get("name").asString().startsWith("Skolsystem")) {
                return vendor.get("id").asString();
            }
        }
        throw new AssertionError("no Skolsystem Norden in the directory");
    }

    private static String requirement(ApiSession buyer, String base, String text, String kind, Integer weight) {
        HttpResponse<String> created = buyer.post(base + "/requirements", """
                {"text":"%s","kind":"%s","weight":%s,"category":"FUNCTION","verificationMethod":"Demonstration"}"""
                .formatted(text, kind, weight));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiSession.parse(created.body()).get("id").asString();
    }
}
