package se.inkopsstod.procurement.qa;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.ask;
import static se.inkopsstod.procurement.WorkspaceApi.publishedWithTeam;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * "Frågor & svar" is the team's inbox: the unpublished questions of every procurement the caller
 * may enter, the day answers are due soonest first, and nobody else's.
 */
@InkopsstodIntegrationTest
class UnansweredQuestionsIT {

    @Test
    void theInboxListsUnansweredQuestionsOfTheCallersProcurementsSoonestDueFirst() {
        ApiSession buyer = ApiSession.login("fjallby-buyer2");
        ApiSession teacher = ApiSession.login("fjallby-user1");
        ApiSession offTeam = ApiSession.login("fjallby-user2");
        ApiSession otherTenant = ApiSession.login("larande-buyer2");
        ApiSession vendor = ApiSession.login("edulab-2");
        String later = publishedWithTeam(buyer, 40, teacher);
        String sooner = publishedWithTeam(buyer, 20);

        String first = ask(vendor, later, "Hur exporteras schemat vid avtalets slut?");
        String second = ask(vendor, sooner, "Vilka format stöds för import av elevgrupper?");
        String answered = ask(vendor, sooner, "Räcker SAML för inloggning?");
        String path = "/api/procurements/" + sooner + "/questions/" + answered;
        assertThat(buyer.write("PATCH", path, "{\"baseVersion\":1,\"changes\":{\"answer\":\"Ja.\"}}", "application/json")
                .statusCode()).isEqualTo(200);
        assertThat(buyer.post(path + "/publish", "").statusCode()).isEqualTo(200);

        List<JsonNode> mine = ours(buyer, later, sooner);
        assertThat(mine).extracting(q -> q.get("questionId").asString()).containsExactly(second, first);
        JsonNode top = mine.get(0);
        assertThat(top.get("procurementId").asString()).isEqualTo(sooner);
        assertThat(top.get("procurementTitle").asString()).startsWith("Arbetsyta ");
        assertThat(top.get("question").asString()).isEqualTo("Vilka format stöds för import av elevgrupper?");
        assertThat(top.get("kind").asString()).isEqualTo("QUESTION");
        assertThat(top.get("askedAt").isNull()).isFalse();
        assertThat(top.get("answersDueBy").asString()).isLessThan(mine.get(1).get("answersDueBy").asString());
        assertThat(top.toString()).as("the inbox does not say who asked").doesNotContain("Edulab").doesNotContain("vendor");

        // a teacher sees the questions of the teams they are on; off the team, another tenant: none of these
        assertThat(ours(teacher, later, sooner)).extracting(q -> q.get("questionId").asString()).containsExactly(first);
        assertThat(ours(offTeam, later, sooner)).isEmpty();
        assertThat(ours(otherTenant, later, sooner)).isEmpty();
        assertThat(vendor.get("/api/questions/unanswered").statusCode()).as("not a vendor's inbox").isEqualTo(403);
        assertThat(ApiSession.login("staff").get("/api/questions/unanswered").statusCode()).isEqualTo(403);
    }



    /** The caller's inbox, only the entries of these procurements (other tests leave questions of their own). */
    private static List<JsonNode> ours(ApiSession caller, String... procurements) {
        var response = caller.get("/api/questions/unanswered");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode entry : ApiSession.parse(response.body())) {
            if (List.of(procurements).contains(entry.get("procurementId").asString())) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
