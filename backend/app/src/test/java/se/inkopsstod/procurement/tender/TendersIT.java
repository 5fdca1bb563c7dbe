package se.inkopsstod.procurement.tender;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/** Tenders are the vendor's own until the deadline: the buyer's team sees none of them before opening. */
@InkopsstodIntegrationTest
class TendersIT {

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
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"%s\"}".formatted(vendor.get("id").asString()))
                    .statusCode()).isEqualTo(200);
            if (vendor.get("name").asString().startsWith("Edulab")) {
                edulabId = vendor.get("id").asString();
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

        // a vendor with a submitted tender stays invited
        HttpResponse<String> withdraw = buyer.write("DELETE", base + "/vendors/" + edulabId, "", "application/json");
        assertThat(withdraw.statusCode()).isEqualTo(409);
        assertThat(withdraw.body()).contains("invitation.tender-submitted");

        assertThat(edulab.get(base + "/tenders").statusCode()).isEqualTo(403);
        assertThat(ApiSession.login("fjallby-buyer1").get(base + "/tenders").statusCode()).isEqualTo(404);
        assertThat(edulab.put(tender, "{\"responses\":[{\"requirementId\":\"other\",\"compliance\":\"MEETS\"}]}").statusCode())
                .isEqualTo(400);
        assertThat(edulab.put(tender, "{\"responses\":\"many\"}").statusCode()).isEqualTo(400);
    }
}
