package se.inkopsstod.procurement.comment;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The team discusses needs in threads and mentions each other; outsiders see nothing. */
@InkopsstodIntegrationTest
class CommentsIT {

    @Test
    void theTeamDiscussesANeedInAThreadWithMentions() {
        ApiSession buyer = ApiSession.login("alvstad-buyer2");
        ApiSession user = ApiSession.login("alvstad-user2");
        String buyerId = buyer.json("/api/me").get("id").asString();
        String userId = user.json("/api/me").get("id").asString();
        String procurement = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"Kommentarer %s","category":"teaching","procedure":"OPEN","estimatedValueSek":1}""".formatted(UUID.randomUUID()))
                .body()).get("id").asString();
        assertThat(buyer.put("/api/procurements/" + procurement + "/team",
                "{\"memberIds\":[\"%s\",\"%s\"]}".formatted(buyerId, userId)).statusCode()).isEqualTo(200);
        String need = ApiSession.parse(user.post("/api/procurements/" + procurement + "/needs", """
                {"statement":"Lärare delar material","perspective":"teacher","schoolProcess":"teaching","priority":"LOW"}""")
                .body()).get("id").asString();
        String path = "/api/procurements/" + procurement + "/comments";

        HttpResponse<String> first = user.post(path, """
                {"itemId":"%s","text":"@Sara kan vi prioritera upp detta?","mentions":["%s"]}""".formatted(need, buyerId));
        assertThat(first.statusCode()).isEqualTo(201);
        String thread = ApiSession.parse(first.body()).get("id").asString();
        assertThat(buyer.post(path, """
                {"itemId":"%s","parentId":"%s","text":"Ja, vi tar det på mötet."}""".formatted(need, thread)).statusCode()).isEqualTo(201);

        JsonNode threads = buyer.json(path + "?itemId=" + need);
        assertThat(threads.size()).isEqualTo(1);
        assertThat(threads.get(0).get("author").get("name").asString()).isEqualTo("Ali Hassan");
        assertThat(threads.get(0).get("mentions").get(0).get("name").asString()).isEqualTo("Sara Nyström");
        assertThat(threads.get(0).get("replies").get(0).get("text").asString()).isEqualTo("Ja, vi tar det på mötet.");

        assertThat(user.post(path, "{\"itemId\":\"%s\",\"text\":\"  \"}".formatted(need)).statusCode()).isEqualTo(400);
        assertThat(user.post(path, "{\"itemId\":\"nope\",\"text\":\"Hej\"}").statusCode()).isEqualTo(400);
        String stranger = ApiSession.login("alvstad-user1").json("/api/me").get("id").asString();
        assertThat(user.post(path, "{\"itemId\":\"%s\",\"text\":\"Hej\",\"mentions\":[\"%s\"]}".formatted(need, stranger)).statusCode())
                .isEqualTo(400);

        ApiSession otherTenant = ApiSession.login("fjallby-buyer1");
        HttpResponse<String> peek = otherTenant.get(path + "?itemId=" + need);
        assertThat(peek.statusCode()).isEqualTo(404);
        assertThat(peek.body()).doesNotContain("prioritera");
        assertThat(ApiSession.login("edulab-2").get(path + "?itemId=" + need).statusCode()).isEqualTo(403);
        assertThat(ApiSession.login("staff").post(path, "{\"itemId\":\"%s\",\"text\":\"Hej\"}".formatted(need)).statusCode()).isEqualTo(403);
    }
}
