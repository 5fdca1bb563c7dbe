package se.inkopsstod.procurement.tender;

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

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.openTenders;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/** Tenders are the vendor's own until the deadline: the buyer's team sees none of them before opening. */
@InkopsstodIntegrationTest
class TendersIT {

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void aVendorFillsInAndSubmitsItsTenderWhichStaysSealedBeforeTheDeadline() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession edulab = ApiSession.login("edulab-2");
        ApiSession skolsys = ApiSession.login("skolsys-2");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Data ska kunna exporteras i öppet format vid avtalets slut.","kind":"MANDATORY",
                 "category":"EXIT_AND_PORTABILITY","verificationMethod":"Exportprov"}""").body()).get("id").asString();
        String edulabId = null;
        String skolsysId = null;
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"%s\"}".formatted(vendor.get("id").asString()))
                    .statusCode()).isEqualTo(200);
            if (vendor.get("name").asString().startsWith("Edulab")) {
                edulabId = vendor.get("id").asString();
            }
            if (vendor.get("name").asString().startsWith("Skolsystem")) {
                skolsysId = vendor.get("id").asString();
            }
        }
        String tender = "/api/vendor/procurements/" + procurement + "/tender";
        assertThat(edulab.put(tender, "{\"responses\":[],\"priceSek\":1}").statusCode()).as("not published yet").isEqualTo(409);

        Instant deadline = Instant.now().plus(20, ChronoUnit.DAYS);
        assertThat(buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"LOWEST_PRICE"}"""
                .formatted(deadline, LocalDate.ofInstant(deadline, ZoneId.of("Europe/Stockholm")).minusDays(8))).statusCode())
                .isEqualTo(200);

        assertThat(edulab.json(tender).get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(edulab.post(tender + "/submit", "").statusCode()).as("nothing saved").isEqualTo(409);
        HttpResponse<String> draft = edulab.put(tender, "{\"responses\":[{\"requirementId\":\"%s\"}],\"priceSek\":380000}"
                .formatted(requirement));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        HttpResponse<String> incomplete = edulab.post(tender + "/submit", "");
        assertThat(incomplete.statusCode()).isEqualTo(409);
        assertThat(incomplete.body()).contains("tender.incomplete");
        assertThat(edulab.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS","explanation":"CSV och JSON, dokumenterat."}],
                 "priceSek":380000}""".formatted(requirement)).statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = edulab.post(tender + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(ApiSession.parse(submitted.body()).get("status").asString()).isEqualTo("SUBMITTED");

        // sealed: the buyer's team learns nothing before the deadline, another vendor nothing ever
        HttpResponse<String> sealed = buyer.get(base + "/tenders");
        assertThat(sealed.statusCode()).isEqualTo(200);
        JsonNode view = ApiSession.parse(sealed.body());
        assertThat(view.get("opened").asBoolean()).isFalse();
        assertThat(view.get("tenders").size()).isZero();
        assertThat(sealed.body()).doesNotContain("380000").doesNotContain("CSV och JSON").doesNotContain("Edulab");
        assertThat(buyer.json("/api/tenant/activity").toString()).doesNotContain("TenderSaved").doesNotContain("TenderSubmitted");
        assertThat(skolsys.json(tender).get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(skolsys.get(tender).body()).doesNotContain("380000");

        // once published nobody is uninvited, with or without a tender: the answer says nothing of who tendered
        HttpResponse<String> withdraw = buyer.write("DELETE", base + "/vendors/" + edulabId, "", "application/json");
        HttpResponse<String> withdrawOther = buyer.write("DELETE", base + "/vendors/" + skolsysId, "", "application/json");
        assertThat(withdraw.statusCode()).isEqualTo(409);
        assertThat(withdrawOther.statusCode()).isEqualTo(409);
        assertThat(ApiSession.parse(withdraw.body()).get("code").asString()).isEqualTo("invitation.published");
        assertThat(withdraw.body().replace(edulabId, "")).isEqualTo(withdrawOther.body().replace(skolsysId, ""));

        assertThat(edulab.get(base + "/tenders").statusCode()).isEqualTo(403);
        assertThat(ApiSession.login("fjallby-buyer1").get(base + "/tenders").statusCode()).isEqualTo(404);
        assertThat(edulab.put(tender, "{\"responses\":[{\"requirementId\":\"other\",\"compliance\":\"MEETS\"}]}").statusCode())
                .isEqualTo(400);
        assertThat(edulab.put(tender, "{\"responses\":\"many\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void changesSavedAfterSubmissionWaitToBeSubmittedWhileTheSubmittedTenderStands() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession edulab = ApiSession.login("edulab-2");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        String requirement = publishWithOneRequirement(buyer, base);
        String tender = "/api/vendor/procurements/" + procurement + "/tender";
        assertThat(edulab.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS","explanation":"Vardagar 8–17."}],"priceSek":380000}"""
                .formatted(requirement)).statusCode()).isEqualTo(200);
        assertThat(edulab.post(tender + "/submit", "").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = edulab.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"PARTLY","explanation":"Bara på engelska."}],"priceSek":350000}"""
                .formatted(requirement));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode own = edulab.json(tender);
        assertThat(own.get("status").asString()).as("the submitted tender still stands").isEqualTo("SUBMITTED");
        assertThat(own.get("changedSinceSubmission").asBoolean()).isTrue();
        assertThat(own.get("priceSek").asLong()).as("the vendor sees what it saved").isEqualTo(350000);

        TestClock.advance(Duration.ofDays(21));
        openTenders(buyer, base, ApiSession.login("alvstad-buyer2"));
        JsonNode opened = buyer.json(base + "/tenders");
        assertThat(opened.get("tenders").size()).isEqualTo(1);
        JsonNode submitted = opened.get("tenders").get(0);
        assertThat(submitted.get("priceSek").asLong()).as("the buyer opens what was submitted").isEqualTo(380000);
        assertThat(submitted.get("responses").get(0).get("compliance").asString()).isEqualTo("MEETS");
        assertThat(opened.toString()).doesNotContain("350000").doesNotContain("Bara på engelska");
        assertThat(buyer.json(base + "/evaluation").toString()).contains("380000").doesNotContain("350000");
    }

    @Test
    void submittingAgainReplacesTheSubmittedTender() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession skolsys = ApiSession.login("skolsys-2");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        String requirement = publishWithOneRequirement(buyer, base);
        String tender = "/api/vendor/procurements/" + procurement + "/tender";
        String answer = "{\"responses\":[{\"requirementId\":\"%s\",\"compliance\":\"MEETS\"}],\"priceSek\":%d}";
        assertThat(skolsys.put(tender, answer.formatted(requirement, 300000)).statusCode()).isEqualTo(200);
        assertThat(skolsys.post(tender + "/submit", "").statusCode()).isEqualTo(200);
        assertThat(skolsys.put(tender, answer.formatted(requirement, 290000)).statusCode()).isEqualTo(200);
        JsonNode again = ApiSession.parse(skolsys.post(tender + "/submit", "").body());
        assertThat(again.get("changedSinceSubmission").asBoolean()).isFalse();

        TestClock.advance(Duration.ofDays(21));
        openTenders(buyer, base, ApiSession.login("alvstad-buyer2"));
        JsonNode submitted = buyer.json(base + "/tenders").get("tenders").get(0);
        assertThat(submitted.get("priceSek").asLong()).isEqualTo(290000);
    }

    /** Invites every vendor and publishes the procurement with one mandatory requirement, deadline in 20 days. */
    private static String publishWithOneRequirement(ApiSession buyer, String base) {
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Support ska finnas på svenska.","kind":"MANDATORY","category":"SUPPORT_AND_TRAINING"}""").body())
                .get("id").asString();
        inviteEveryVendorAndPublish(buyer, base, 20);
        return requirement;
    }
}
