package se.inkopsstod.procurement.tender;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TestClock;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * The tender opening as buyers do it: two appointed openers, after the deadline; the second
 * confirmation opens the tenders and records them; until then the team reads nothing of them.
 */
@InkopsstodIntegrationTest
class OpeningIT {

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void twoAppointedOpenersOpenTheTendersAfterTheDeadlineAndTheRecordListsThem() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession teacher = ApiSession.login("alvstad-user1");
        ApiSession offTeam = ApiSession.login("alvstad-user2");
        ApiSession edulab = ApiSession.login("edulab-2");
        String procurement = procurementWithTeam(buyer, teacher);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Support på svenska.","kind":"MANDATORY","category":"SUPPORT_AND_TRAINING"}""").body()).get("id").asString();
        inviteEveryVendorAndPublish(buyer, base, 20);
        String tender = "/api/vendor/procurements/" + procurement + "/tender";
        assertThat(edulab.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS","explanation":"Vardagar 8–17."}],"priceSek":612000}"""
                .formatted(requirement)).statusCode()).isEqualTo(200);
        assertThat(edulab.post(tender + "/submit", "").statusCode()).isEqualTo(200);

        String buyerId = buyer.json("/api/me").get("id").asString();
        String teacherId = teacher.json("/api/me").get("id").asString();
        JsonNode before = buyer.json(base + "/opening");
        assertThat(before.get("deadlinePassed").asBoolean()).isFalse();
        assertThat(before.get("candidates").toString()).contains(buyerId, teacherId)
                .doesNotContain(offTeam.json("/api/me").get("id").asString());
        assertThat(code(buyer.put(base + "/opening/openers", "{\"openers\":[\"%s\"]}".formatted(buyerId))))
                .isEqualTo("opening.openers");
        String stranger = ApiSession.login("fjallby-buyer1").json("/api/me").get("id").asString();
        assertThat(code(buyer.put(base + "/opening/openers", "{\"openers\":[\"%s\",\"%s\"]}".formatted(buyerId, stranger))))
                .isEqualTo("opening.not-member");
        assertThat(teacher.put(base + "/opening/openers", "{\"openers\":[\"%s\",\"%s\"]}".formatted(buyerId, teacherId))
                .statusCode()).as("only a buyer appoints").isEqualTo(403);
        assertThat(buyer.put(base + "/opening/openers", "{\"openers\":[\"%s\",\"%s\"]}".formatted(buyerId, teacherId))
                .statusCode()).isEqualTo(200);
        assertThat(code(buyer.post(base + "/opening/confirm", ""))).isEqualTo("opening.before-deadline");

        TestClock.advance(Duration.ofDays(21));
        JsonNode first = ApiSession.parse(buyer.post(base + "/opening/confirm", "").body());
        assertThat(first.get("openedAt").isNull()).as("one opener opens nothing").isTrue();
        assertThat(first.get("record")).isEmpty();
        assertThat(buyer.json(base + "/tenders").get("tenders")).isEmpty();
        assertThat(buyer.get(base + "/evaluation").statusCode()).isEqualTo(409);
        assertThat(buyer.post(base + "/opening/confirm", "").statusCode()).as("confirming twice is no second opener")
                .isEqualTo(200);
        assertThat(buyer.json(base + "/tenders").get("opened").asBoolean()).isFalse();
        assertThat(offTeam.post(base + "/opening/confirm", "").statusCode()).as("off the team: no such procurement")
                .isEqualTo(404);
        assertThat(ApiSession.login("alvstad-buyer2").post(base + "/opening/confirm", "").statusCode())
                .as("a buyer who is not appointed").isEqualTo(403);
        assertThat(edulab.json(tender).get("tendersOpenedAt").isNull()).isTrue();

        HttpResponse<String> second = teacher.post(base + "/opening/confirm", "");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode opened = ApiSession.parse(second.body());
        assertThat(opened.get("openedAt").isNull()).isFalse();
        assertThat(opened.get("openers")).hasSize(2);
        opened.get("openers").forEach(o -> assertThat(o.get("confirmedAt").isNull()).isFalse());
        JsonNode line = opened.get("record").get(0);
        assertThat(line.get("vendorName").asString()).startsWith("Edulab");
        assertThat(line.get("priceSek").asLong()).isEqualTo(612000);
        assertThat(line.get("submittedAt").isNull()).isFalse();
        assertThat(buyer.json(base + "/tenders").get("tenders").get(0).get("priceSek").asLong()).isEqualTo(612000);
        assertThat(buyer.get(base + "/evaluation").statusCode()).isEqualTo(200);

        assertThat(code(buyer.post(base + "/opening/confirm", ""))).isEqualTo("opening.done");
        assertThat(code(buyer.put(base + "/opening/openers", "{\"openers\":[\"%s\",\"%s\"]}".formatted(buyerId, teacherId))))
                .isEqualTo("opening.done");
        JsonNode own = edulab.json(tender);
        assertThat(own.get("tendersOpenedAt").asString()).as("the vendor sees that the opening happened")
                .isEqualTo(opened.get("openedAt").asString());
        assertThat(edulab.get(base + "/opening").statusCode()).isEqualTo(403);
        assertThat(ApiSession.login("fjallby-buyer1").get(base + "/opening").statusCode()).isEqualTo(404);
        assertThat(ApiSession.login("staff").get(base + "/opening").statusCode()).isIn(403, 404);
    }

    private static String code(HttpResponse<String> response) {
        return ApiSession.parse(response.body()).path("code").asString();
    }
}
