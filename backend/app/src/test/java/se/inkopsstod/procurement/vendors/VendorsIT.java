package se.inkopsstod.procurement.vendors;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * Vendors see only the procurements they are invited to, and in them only what was published to
 * vendors; publishing freezes the requirements.
 */
@InkopsstodIntegrationTest
class VendorsIT {

    private static final String NEED_SECRET = "Internt behov " + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void anInvitedVendorSeesThePublishedTenderAndNothingInternal() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession edulab = ApiSession.login("edulab-1");
        ApiSession skolsys = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyer, ApiSession.login("alvstad-user2"));
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String need = ApiSession.parse(buyer.post(base + "/needs", """
                {"statement":"%s","perspective":"teacher","schoolProcess":"scheduling","priority":"HIGH"}"""
                .formatted(NEED_SECRET)).body()).get("id").asString();
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Schemat ska kunna läsas in enligt SS 12000.","kind":"MANDATORY","category":"INTEROPERABILITY",
                 "verificationMethod":"Test med exportfil","needIds":["%s"]}""".formatted(need)).body()).get("id").asString();

        String edulabId = vendorId(buyer, "Edulab");
        String skolsysId = vendorId(buyer, "Skolsystem");
        assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"%s\"}".formatted(edulabId)).statusCode()).isEqualTo(200);
        JsonNode invited = ApiSession.parse(buyer.post(base + "/vendors",
                "{\"vendorOrganisationId\":\"%s\"}".formatted(skolsysId)).body());
        assertThat(invited.size()).isEqualTo(2);

        // before publication: the procurement, its buyer, no requirements
        JsonNode seen = edulab.json("/api/vendor/procurements/" + procurement);
        assertThat(seen.get("buyer").asString()).isEqualTo("Älvstads kommun");
        assertThat(seen.get("publication").isNull()).isTrue();
        assertThat(seen.get("requirements").size()).isZero();
        assertThat(edulab.json("/api/vendor/procurements").toString()).contains(procurement);

        Instant deadline = Instant.now().plus(30, ChronoUnit.DAYS);
        LocalDate lastQuestions = LocalDate.ofInstant(deadline, ZoneId.of("Europe/Stockholm")).minusDays(10);
        HttpResponse<String> published = buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"PRICE_AND_QUALITY","qualityValueSek":200000}"""
                .formatted(deadline, lastQuestions));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(ApiSession.parse(published.body()).get("requirementSetVersion").asInt()).isEqualTo(1);
        assertThat(buyer.json(base).get("phase").asString()).isEqualTo("TENDERING");

        HttpResponse<String> vendorView = edulab.get("/api/vendor/procurements/" + procurement);
        assertThat(vendorView.body()).contains("SS 12000", "PRICE_AND_QUALITY", lastQuestions.toString())
                .doesNotContain(NEED_SECRET).doesNotContain(need).doesNotContain("Johan Berg").doesNotContain("Ali Hassan")
                .doesNotContain("Skolsystem").doesNotContain(skolsysId);

        // frozen: changes go through amendments, and publishing again is refused
        HttpResponse<String> edit = buyer.write("PATCH", base + "/requirements/" + requirement,
                "{\"baseVersion\":1,\"changes\":{\"text\":\"Ändrad i smyg\"}}", "application/json");
        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(edit.body()).contains("requirement.frozen");
        HttpResponse<String> again = buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"LOWEST_PRICE"}""".formatted(deadline, lastQuestions));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("procurement.already-published");
        assertThat(edulab.get("/api/vendor/procurements/" + procurement).body()).doesNotContain("Ändrad i smyg");

        // published: invitations stand (ADR 0009), for a vendor that has tendered or not
        HttpResponse<String> withdraw = buyer.write("DELETE", base + "/vendors/" + skolsysId, "", "application/json");
        assertThat(withdraw.statusCode()).isEqualTo(409);
        assertThat(ApiSession.parse(withdraw.body()).get("code").asString()).isEqualTo("invitation.published");
        assertThat(skolsys.get("/api/vendor/procurements/" + procurement).statusCode()).isEqualTo(200);
        assertThat(edulab.get("/api/vendor/procurements/" + procurement).statusCode()).isEqualTo(200);
    }

    @Test
    void vendorsReachNeitherTheWorkspaceNorProcurementsTheyAreNotInvitedTo() {
        ApiSession buyer = ApiSession.login("fjallby-buyer1");
        ApiSession vendor = ApiSession.login("edulab-2");
        String procurement = procurementWithTeam(buyer);
        assertThat(vendor.get("/api/vendor/procurements/" + procurement).statusCode()).isEqualTo(404);
        assertThat(vendor.get("/api/procurements/" + procurement + "/vendors").statusCode()).isIn(403, 404);
        assertThat(vendor.get("/api/vendor-directory").statusCode()).isEqualTo(403);
        assertThat(ApiSession.login("fjallby-user1").get("/api/vendor/procurements").statusCode()).isEqualTo(403);
        assertThat(ApiSession.login("staff").get("/api/vendor/procurements").statusCode()).isEqualTo(403);
    }

    @Test
    void badInvitationsAndPublicationsAreRefusedClearly() {
        ApiSession buyer = ApiSession.login("fjallby-buyer2");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        HttpResponse<String> tooEarly = buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"%s\"}".formatted(vendorId(buyer, "Edulab")));
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("procurement.invite-phase");
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"MARKET_DIALOGUE\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> unknown = buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"no-such-vendor\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("vendorOrganisationId");
        assertThat(buyer.post(base + "/publish", "{\"tenderDeadline\":\"2020-01-01T10:00:00Z\",\"lastQuestionDay\":\"2019-12-20\","
                + "\"evaluationModel\":\"LOWEST_PRICE\"}").statusCode()).isEqualTo(409); // no requirements yet
        assertThat(buyer.post(base + "/publish", "{\"tenderDeadline\":\"soon\"}").statusCode()).isEqualTo(400);
        assertThat(buyer.get(base + "/publication").statusCode()).isEqualTo(404);
        assertThat(buyer.json(base + "/vendors").size()).isZero();
    }

    @Test
    void anAmendmentReachesEveryInvitedVendorWithWhatChangedAndWhy() {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        ApiSession edulab = ApiSession.login("edulab-1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Support ska finnas vardagar 8–17.","kind":"EVALUATED","weight":10,"category":"SUPPORT_AND_TRAINING",
                 "verificationMethod":"Avtalsvillkor"}""").body()).get("id").asString();
        assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"%s\"}".formatted(vendorId(buyer, "Edulab")))
                .statusCode()).isEqualTo(200);
        Instant deadline = Instant.now().plus(30, ChronoUnit.DAYS);
        LocalDate lastQuestions = LocalDate.ofInstant(deadline, ZoneId.of("Europe/Stockholm")).minusDays(10);
        assertThat(buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"LOWEST_PRICE"}""".formatted(deadline, lastQuestions))
                .statusCode()).isEqualTo(200);

        HttpResponse<String> amended = buyer.post(base + "/amendments", """
                {"requirementId":"%s","changes":{"text":"Support ska finnas vardagar 7–18.","weight":15},
                 "reason":"Förskolan öppnar 07.00."}""".formatted(requirement));
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        JsonNode result = ApiSession.parse(amended.body());
        assertThat(result.get("amendment").get("number").asInt()).isEqualTo(1);
        assertThat(result.get("warning").isNull()).as("a month before the deadline").isTrue();

        JsonNode seen = edulab.json("/api/vendor/procurements/" + procurement);
        assertThat(seen.get("publication").get("requirementSetVersion").asInt()).isEqualTo(2);
        assertThat(seen.get("requirements").get(0).get("text").asString()).isEqualTo("Support ska finnas vardagar 7–18.");
        JsonNode amendment = seen.get("amendments").get(0);
        assertThat(amendment.get("reason").asString()).isEqualTo("Förskolan öppnar 07.00.");
        assertThat(amendment.get("changes").toString()).contains("vardagar 8–17", "vardagar 7–18", "\"weight\"", "\"10\"", "\"15\"");
        assertThat(buyer.json(base + "/requirements/" + requirement).get("text").asString()).isEqualTo("Support ska finnas vardagar 7–18.");

        assertThat(buyer.post(base + "/amendments", "{\"requirementId\":\"%s\",\"changes\":{\"text\":\"Utan skäl\"}}"
                .formatted(requirement)).statusCode()).isEqualTo(400);
        assertThat(buyer.post(base + "/amendments", "{\"requirementId\":\"not-published\",\"withdraw\":true,\"reason\":\"x\"}")
                .statusCode()).isEqualTo(404);

        Instant later = deadline.plus(7, ChronoUnit.DAYS);
        HttpResponse<String> extended = buyer.post(base + "/deadline", "{\"tenderDeadline\":\"%s\"}".formatted(later));
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        Instant shown = Instant.parse(edulab.json("/api/vendor/procurements/" + procurement).get("publication")
                .get("tenderDeadline").asString());
        assertThat(Duration.between(shown, later).abs()).isLessThan(Duration.ofMillis(1)); // stored to the microsecond
        assertThat(buyer.post(base + "/deadline", "{\"tenderDeadline\":\"%s\"}".formatted(deadline)).statusCode()).isEqualTo(400);
    }

    @Test
    void aBuyerInvitesAVendorThatIsNotOnThePlatformYetByOrganisationNumber() {
        ApiSession buyer = ApiSession.login("fjallby-buyer1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"MARKET_DIALOGUE\"}").statusCode()).isEqualTo(200);
        String number = se.inkopsstod.tenancy.api.OrganisationNumbers.withCheckDigit(
                "559" + (100_000 + new java.util.Random().nextInt(899_999)));
        String email = "kontakt-" + UUID.randomUUID().toString().substring(0, 8) + "@nyalaromedel.example";
        String invite = """
                {"newVendor":{"name":"Nya Läromedel AB","organisationNumber":"%s","contactName":"Kim Kontakt","contactEmail":"%s"}}""";

        HttpResponse<String> invited = buyer.post(base + "/vendors", invite.formatted(number, email));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        assertThat(invited.body()).contains("Nya Läromedel AB", number);
        assertThat(buyer.json("/api/vendor-directory").toString()).contains("Nya Läromedel AB");
        JsonNode registered = null;
        for (JsonNode vendor : ApiSession.login("admin").json("/api/vendor-organisations")) {
            if (vendor.get("organisationNumber").asString().equals(number)) registered = vendor;
        }
        assertThat(registered).as("registered with its contact as first user").isNotNull();
        assertThat(registered.get("userCount").asInt()).isEqualTo(1);

        // the same organisation number again is the same organisation, not a second one
        String other = procurementWithTeam(buyer);
        assertThat(buyer.put("/api/procurements/" + other + "/phase", "{\"phase\":\"MARKET_DIALOGUE\"}").statusCode()).isEqualTo(200);
        assertThat(buyer.post("/api/procurements/" + other + "/vendors", invite.formatted(number, "annan-" + email)).body())
                .contains("Nya Läromedel AB");
        assertThat(buyer.json("/api/vendor-directory").toString().split(number, -1)).hasSize(2);

        HttpResponse<String> taken = buyer.post(base + "/vendors", invite.formatted("559999-0008", email));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("member.email-taken");
        assertThat(buyer.post(base + "/vendors", "{\"newVendor\":{\"name\":\"X\",\"organisationNumber\":\"12\"}}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> mistyped = buyer.post(base + "/vendors", invite.formatted("556000-0000", "x-" + email));
        assertThat(mistyped.statusCode()).as("the check digit is wrong").isEqualTo(400);
        assertThat(mistyped.body()).contains("newVendor.organisationNumber", "The check digit does not match");
        assertThat(buyer.post(base + "/vendors", "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void theContactOfAVendorInvitedByOrganisationNumberSeesTheProcurementAtTheirFirstLogin() {
        ApiSession nora = ApiSession.login("ny-leverantor"); // in the identity provider, on no organisation yet
        assertThat(nora.get("/api/vendor/procurements").statusCode()).isEqualTo(403);

        ApiSession buyer = ApiSession.login("larande-buyer1");
        String procurement = procurementWithTeam(buyer);
        assertThat(buyer.put("/api/procurements/" + procurement + "/phase", "{\"phase\":\"MARKET_DIALOGUE\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> invited = buyer.post("/api/procurements/" + procurement + "/vendors", """
                {"newVendor":{"name":"Nord Lärande AB","organisationNumber":"559300-0044","contactName":"Nora Nyström",
                 "contactEmail":"nora.nystrom@nordlarande.example"}}""");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);

        ApiSession firstLogin = ApiSession.login("ny-leverantor");
        JsonNode me = firstLogin.json("/api/me");
        assertThat(me.toString()).contains("Nord Lärande AB", "VENDOR");
        JsonNode visible = firstLogin.json("/api/vendor/procurements");
        assertThat(visible).hasSize(1);
        assertThat(visible.get(0).get("id").asString()).isEqualTo(procurement);
        assertThat(visible.get(0).get("buyer").asString()).isEqualTo("Lärande Skolor AB");
    }

    private static String vendorId(ApiSession buyer, String namePart) {
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            if (vendor.get("name").asString().contains(namePart)) {
                return vendor.get("id").asString();
            }
        }
        throw new AssertionError("No vendor named like " + namePart);
    }
}
