package se.inkopsstod.procurement.dialogue;

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

/** Market dialogue: vendors comment on the shared draft and answer the buyer's questions, each for the buyer's team only. */
@InkopsstodIntegrationTest
class MarketDialogueIT {

    @Test
    void vendorsCommentAndAnswerPrivatelyUntilTheTenderIsPublished() {
        ApiSession buyer = ApiSession.login("alvstad-buyer2");
        ApiSession edulab = ApiSession.login("edulab-1");
        ApiSession skolsys = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        String vendorBase = "/api/vendor/procurements/" + procurement + "/rfi";
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"MARKET_DIALOGUE\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Systemet ska kunna exportera all data i öppet format.","kind":"MANDATORY","category":"EXIT_AND_PORTABILITY"}""")
                .body()).get("id").asString();
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"%s\"}".formatted(vendor.get("id").asString()))
                    .statusCode()).isEqualTo(200);
        }
        String comment = "{\"requirementId\":\"%s\",\"text\":\"%s\"}";
        assertThat(edulab.post(vendorBase + "/comments", comment.formatted(requirement, "För tidigt")).statusCode())
                .as("nothing shared yet").isEqualTo(404);

        assertThat(buyer.post(base + "/rfi/draft", "{\"message\":\"Synpunkter senast 1 mars.\"}").statusCode()).isEqualTo(200);
        JsonNode seen = edulab.json(vendorBase);
        assertThat(seen.get("draft").get("message").asString()).isEqualTo("Synpunkter senast 1 mars.");
        assertThat(seen.get("draft").get("requirements").get(0).get("text").asString()).contains("öppet format");

        assertThat(edulab.post(vendorBase + "/comments", comment.formatted(requirement, "Ange gärna vilket format: CSV eller JSON?"))
                .statusCode()).isEqualTo(200);
        assertThat(skolsys.post(vendorBase + "/comments", comment.formatted(requirement, "Hemlig synpunkt från Skolsystem"))
                .statusCode()).isEqualTo(200);
        JsonNode asked = ApiSession.parse(buyer.post(base + "/rfi/questions", "{\"text\":\"Hur lång tid tar en export?\"}").body());
        String question = asked.get("questions").get(0).get("id").asString();
        assertThat(edulab.put(vendorBase + "/questions/" + question + "/answer", "{\"text\":\"Under en timme.\"}").statusCode())
                .isEqualTo(200);
        assertThat(skolsys.put(vendorBase + "/questions/" + question + "/answer", "{\"text\":\"Ett dygn hos Skolsystem.\"}")
                .statusCode()).isEqualTo(200);

        JsonNode team = buyer.json(base + "/rfi");
        assertThat(team.get("comments").size()).isEqualTo(2);
        assertThat(team.get("questions").get(0).get("answers").size()).isEqualTo(2);
        assertThat(team.toString()).contains("Edulab Lärplattformar AB", "Skolsystem Norden AB");

        HttpResponse<String> own = edulab.get(vendorBase);
        assertThat(own.body()).contains("CSV eller JSON", "Under en timme.", "Hur lång tid tar en export?")
                .doesNotContain("Hemlig synpunkt").doesNotContain("Ett dygn").doesNotContain("Skolsystem");

        assertThat(edulab.put(vendorBase + "/questions/no-such/answer", "{\"text\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(edulab.post(vendorBase + "/comments", comment.formatted(requirement, " ")).statusCode()).isEqualTo(400);
        assertThat(edulab.get(base + "/rfi").statusCode()).isEqualTo(403);
        assertThat(ApiSession.login("alvstad-user1").get(base + "/rfi").statusCode()).as("not on the team").isEqualTo(404);

        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        Instant deadline = Instant.now().plus(30, ChronoUnit.DAYS);
        assertThat(buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"LOWEST_PRICE"}"""
                .formatted(deadline, LocalDate.ofInstant(deadline, ZoneId.of("Europe/Stockholm")).minusDays(10))).statusCode())
                .isEqualTo(200);
        HttpResponse<String> late = edulab.post(vendorBase + "/comments", comment.formatted(requirement, "Efter annonsering"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("dialogue.closed");
    }
}
