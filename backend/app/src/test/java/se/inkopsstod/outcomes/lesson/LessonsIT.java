package se.inkopsstod.outcomes.lesson;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lesson's way out of the tenant: the buyer previews what anonymisation removes, submits,
 * association staff review it without seeing who wrote it, and once approved any tenant finds it.
 */
@InkopsstodIntegrationTest
class LessonsIT {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Value("${inkopsstod.kafka.topics.insights-lessons}")
    String lessonsTopic;

    @Test
    void aSubmittedLessonIsAnonymisedReviewedWithoutTheTenantAndFoundByAnotherTenantOnceApproved() throws Exception {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        // letters only: a run of digits in the marker is a phone number to the anonymiser, rightly; in lower case inside a
        // sentence and with a Swedish ending, since a capitalised unknown word is a name to the anonymiser, rightly too
        String marker = "leverantörsdialog" + UUID.randomUUID().toString().substring(0, 8)
                .chars().map(c -> Character.isDigit(c) ? 'g' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "arna";
        String written = "Johan Berg på Älvstads kommun ringde leverantören, 070-123 45 67, johan.berg@alvstad.example. "
                + "Vi hade " + marker + " tidigt, det gav bättre krav.";

        JsonNode preview = ApiSession.parse(buyer.post("/api/lessons/preview",
                "{\"whatWorked\":\"" + written + "\",\"whatToChange\":\"Ring Umeå kommun först.\"}").body());
        String anonymised = preview.get("whatWorked").get("text").asString();
        assertThat(anonymised).contains(marker).doesNotContain("Johan", "Berg", "070-123", "alvstad.example", "Älvstad");
        assertThat(preview.get("whatWorked").get("removals").size()).isGreaterThanOrEqualTo(4);
        JsonNode removal = preview.get("whatWorked").get("removals").get(0);
        assertThat(anonymised.substring(removal.get("start").asInt(), removal.get("end").asInt()))
                .isEqualTo(removal.get("replacement").asString());
        assertThat(preview.get("whatToChange").get("text").asString()).doesNotContain("Umeå");

        // the buyer submits the original: the server anonymises again, so nothing identifying is stored
        HttpResponse<String> submitted = buyer.post("/api/lessons", """
                {"whatWorked":"%s","whatToChange":"","category":"MARKET_DIALOGUE","phase":"MARKET_DIALOGUE"}""".formatted(written));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonNode lesson = ApiSession.parse(submitted.body());
        assertThat(lesson.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(lesson.get("whatWorked").asString()).doesNotContain("Johan", "070-123", "Älvstad");
        String id = lesson.get("id").asString();

        ApiSession staff = ApiSession.login("staff");
        JsonNode queue = staff.json("/api/review/lessons");
        assertThat(queue.toString()).contains(marker).doesNotContain("Älvstad", "alvstad", buyer.json("/api/me").get("id").asString());
        HttpResponse<String> edited = staff.put("/api/review/lessons/" + id, """
                {"whatWorked":"Vi hade %s tidigt, det gav bättre krav.","whatToChange":"Boka dialogmöten i god tid.","category":"MARKET_DIALOGUE"}"""
                .formatted(marker));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(staff.post("/api/review/lessons/" + id + "/approve", "{}").statusCode()).isEqualTo(200);
        assertThat(staff.post("/api/review/lessons/" + id + "/reject", "{\"reason\":\"Sent\"}").statusCode()).isEqualTo(409);

        ApiSession otherTenant = ApiSession.login("fjallby-user1");
        JsonNode found = null;
        long deadline = System.currentTimeMillis() + 15_000;
        while (found == null && System.currentTimeMillis() < deadline) {
            JsonNode lessons = otherTenant.json("/api/insights/lessons?q=" + marker + "&category=MARKET_DIALOGUE");
            found = lessons.isEmpty() ? null : lessons.get(0);
            Thread.sleep(200);
        }
        assertThat(found).as("the approved lesson reaches other tenants through Kafka").isNotNull();
        assertThat(found.get("whatToChange").asString()).isEqualTo("Boka dialogmöten i god tid.");
        assertThat(found.toString()).doesNotContain(id);
        assertThat(otherTenant.json("/api/insights/lessons?q=" + marker + "&category=EXIT_AND_PORTABILITY")).isEmpty();
        assertThat(buyer.json("/api/lessons").toString()).contains("APPROVED");
    }

    @Test
    void aRejectedLessonTellsTheTenantWhyAndEmptyOrUnknownLessonsAreRefused() throws Exception {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        HttpResponse<String> submitted = buyer.post("/api/lessons", """
                {"whatWorked":"Vi testade tre produkter med lärare.","whatToChange":"","category":"EVALUATION_AND_AWARD","phase":"EVALUATION"}""");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = ApiSession.parse(submitted.body()).get("id").asString();
        ApiSession staff = ApiSession.login("staff");
        assertThat(staff.post("/api/review/lessons/" + id + "/reject", "{\"reason\":\"\"}").statusCode()).isEqualTo(400);
        assertThat(staff.post("/api/review/lessons/" + id + "/reject", "{\"reason\":\"För allmänt hållen.\"}").statusCode()).isEqualTo(200);
        JsonNode own = buyer.json("/api/lessons");
        assertThat(own.toString()).contains("REJECTED", "För allmänt hållen.");

        int before = buyer.json("/api/lessons").size();
        assertThat(buyer.post("/api/lessons", "{\"whatWorked\":\" \",\"whatToChange\":\"\",\"category\":\"REQUIREMENTS\",\"phase\":\"REQUIREMENTS\"}")
                .statusCode()).isEqualTo(400);
        assertThat(buyer.post("/api/lessons", "{\"whatWorked\":\"Bra\",\"category\":\"OTHER\",\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(400);
        assertThat(buyer.post("/api/lessons", "{\"whatWorked\":\"Bra\",\"category\":\"REQUIREMENTS\",\"phase\":\"REQUIREMENTS\","
                + "\"procurementId\":\"" + UUID.randomUUID() + "\"}").statusCode()).isEqualTo(404);
        assertThat(buyer.json("/api/lessons").size()).isEqualTo(before);
        assertThat(staff.post("/api/review/lessons/" + UUID.randomUUID() + "/approve", "{}").statusCode()).isEqualTo(404);

        // only approved lessons leave: the rejected one is on no insights topic, and nothing says who wrote one
        Thread.sleep(1500); // more than the share interval
        List<String> shared = TopicReader.readAll(bootstrapServers, lessonsTopic);
        assertThat(shared).isNotEmpty().noneMatch(m -> m.contains("Vi testade tre produkter med lärare."))
                .noneMatch(m -> m.contains(id)).noneMatch(m -> m.contains("Lärande"));
    }

    @Test
    void aRejectedLessonIsEditedAndSubmittedAgainAnonymisedAgainOnlyByItsOwnTenant() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        HttpResponse<String> submitted = buyer.post("/api/lessons", """
                {"whatWorked":"Vi provade två produkter.","whatToChange":"","category":"EVALUATION_AND_AWARD","phase":"EVALUATION"}""");
        String id = ApiSession.parse(submitted.body()).get("id").asString();
        String path = "/api/lessons/" + id;
        String edited = """
                {"whatWorked":"Vi provade två produkter med lärare; Sara Nyström (070-123 45 67) ledde testet.","whatToChange":"Boka tidigare.","category":"EVALUATION_AND_AWARD"}""";
        ApiSession staff = ApiSession.login("staff");
        assertThat(buyer.put(path, edited).statusCode()).as("waiting for review: not yet").isEqualTo(409);
        assertThat(staff.post("/api/review/lessons/" + id + "/reject", "{\"reason\":\"För kort.\"}").statusCode()).isEqualTo(200);

        assertThat(ApiSession.login("fjallby-buyer1").put(path, edited).statusCode()).as("another tenant's").isEqualTo(404);
        assertThat(ApiSession.login("larande-user1").put(path, edited).statusCode()).as("not a buyer").isEqualTo(403);
        assertThat(staff.put(path, edited).statusCode()).isEqualTo(403);

        HttpResponse<String> again = buyer.put(path, edited);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode lesson = ApiSession.parse(again.body());
        assertThat(lesson.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(lesson.get("rejectionReason").isNull()).isTrue();
        assertThat(lesson.get("whatWorked").asString()).contains("Vi provade två produkter med lärare")
                .doesNotContain("Nyström").doesNotContain("070-123");
        assertThat(lesson.get("whatToChange").asString()).isEqualTo("Boka tidigare.");
        assertThat(staff.json("/api/review/lessons").toString()).contains(id);
        assertThat(buyer.put(path, edited).statusCode()).as("submitted again, it waits for review").isEqualTo(409);
    }

    @Test
    void tenantsCannotReachTheReviewQueueAndStaffOrVendorsCannotReachTenantLessons() {
        ApiSession buyer = ApiSession.login("fjallby-buyer2");
        HttpResponse<String> submitted = buyer.post("/api/lessons", """
                {"whatWorked":"Referensgrupp med elever.","whatToChange":"","category":"NEEDS_AND_INVOLVEMENT","phase":"NEEDS_ANALYSIS"}""");
        String id = ApiSession.parse(submitted.body()).get("id").asString();
        for (String user : new String[]{"fjallby-buyer2", "alvstad-admin", "edulab-1"}) {
            ApiSession other = ApiSession.login(user);
            assertThat(other.get("/api/review/lessons").statusCode()).as(user).isEqualTo(403);
            assertThat(other.post("/api/review/lessons/" + id + "/approve", "{}").statusCode()).as(user).isEqualTo(403);
            assertThat(other.put("/api/review/lessons/" + id, "{\"whatWorked\":\"x\",\"category\":\"REQUIREMENTS\"}").statusCode())
                    .as(user).isEqualTo(403);
        }
        for (String user : new String[]{"staff", "edulab-1"}) {
            ApiSession other = ApiSession.login(user);
            assertThat(other.get("/api/lessons").statusCode()).as(user).isEqualTo(403);
            assertThat(other.post("/api/lessons/preview", "{\"whatWorked\":\"x\"}").statusCode()).as(user).isEqualTo(403);
        }
        assertThat(ApiSession.login("alvstad-buyer1").json("/api/lessons").toString()).doesNotContain(id);
        assertThat(ApiSession.login("edulab-1").get("/api/insights/lessons").statusCode()).isEqualTo(403);
        assertThat(ApiSession.login("fjallby-user1").post("/api/lessons", "{\"whatWorked\":\"x\",\"category\":\"REQUIREMENTS\","
                + "\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(403);
    }
}
