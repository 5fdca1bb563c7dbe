package se.inkopsstod.procurement.live;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.SseStream;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/** Everyone with the workspace open sees the others' changes and presence, and resumes after a drop. */
@InkopsstodIntegrationTest
class WorkspaceStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aSecondBrowserSeesAnEditAndResumesAfterADropWithoutLosingAny() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession user = ApiSession.login("alvstad-user1");
        String procurement = procurementWithTeam(buyer, user);
        String needPath = "/api/procurements/" + procurement + "/needs";
        String need = ApiSession.parse(buyer.post(needPath, """
                {"statement":"Schemat syns i appen","perspective":"student","schoolProcess":"scheduling","priority":"MEDIUM"}""")
                .body()).get("id").asString();

        SseStream.Event seen;
        try (SseStream stream = user.stream("/api/procurements/" + procurement + "/stream", null)) {
            assertThat(stream.status()).isEqualTo(200);
            stream.next(e -> "ready".equals(e.name()), WAIT);
            assertThat(buyer.write("PATCH", needPath + "/" + need, "{\"baseVersion\":1,\"changes\":{\"priority\":\"HIGH\"}}",
                    "application/json").statusCode()).isEqualTo(200);
            seen = stream.next(e -> "change".equals(e.name()), WAIT);
            assertThat(seen.data().get("itemId").asString()).isEqualTo(need);
            assertThat(seen.data().get("type").asString()).isEqualTo("NeedEdited");
            assertThat(seen.data().get("version").asLong()).isEqualTo(2);
            assertThat(seen.data().get("actor").get("name").asString()).isEqualTo("Johan Berg");
            assertThat(seen.id()).isEqualTo(seen.data().get("id").asString());
        }

        // while the user is offline: two more changes
        assertThat(buyer.write("PATCH", needPath + "/" + need, "{\"baseVersion\":2,\"changes\":{\"priority\":\"LOW\"}}",
                "application/json").statusCode()).isEqualTo(200);
        assertThat(buyer.put(needPath + "/" + need + "/endorsement", "").statusCode()).isEqualTo(200);

        try (SseStream resumed = user.stream("/api/procurements/" + procurement + "/stream", seen.id())) {
            SseStream.Event first = resumed.next(e -> "change".equals(e.name()), WAIT);
            SseStream.Event second = resumed.next(e -> "change".equals(e.name()), WAIT);
            assertThat(first.data().get("version").asLong()).isEqualTo(3);
            assertThat(second.data().get("type").asString()).isEqualTo("NeedEndorsed");
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()));
        }
    }

    @Test
    void presenceShowsWhoIsHereAndWhatTheyEdit() {
        ApiSession buyer = ApiSession.login("fjallby-buyer2");
        ApiSession user = ApiSession.login("fjallby-user2");
        String procurement = procurementWithTeam(buyer, user);
        String path = "/api/procurements/" + procurement;

        try (SseStream buyerStream = buyer.stream(path + "/stream", null)) {
            SseStream userStream = user.stream(path + "/stream", null);
            buyerStream.next(e -> "presence".equals(e.name()) && e.data().get("people").toString().contains("Omar Nilsson"), WAIT);
            String need = ApiSession.parse(buyer.post(path + "/needs", """
                    {"statement":"Närvaro","perspective":"teacher","schoolProcess":"assessment","priority":"LOW"}""").body())
                    .get("id").asString();
            // presence reaches every teammate's screen: only an item of this procurement, never markup or text
            HttpResponse<String> markup = user.put(path + "/presence", "{\"editing\":\"<img src=x onerror=alert(1)>\"}");
            assertThat(markup.statusCode()).isEqualTo(400);
            assertThat(markup.body()).contains("presence.unknown-item");
            assertThat(user.put(path + "/presence", "{\"editing\":\"need-42\"}").statusCode()).isEqualTo(400);
            assertThat(user.put(path + "/presence", "{\"editing\":\"" + need + "\"}").statusCode()).isEqualTo(204);
            SseStream.Event editing = buyerStream.next(e -> "presence".equals(e.name())
                    && e.data().get("people").toString().contains(need), WAIT);
            assertThat(editing.data().toString()).doesNotContain("onerror");
            assertThat(user.put(path + "/presence", "{\"editing\":null}").statusCode()).isEqualTo(204);
            assertThat(editing.data().get("people").toString()).contains("Mats Eriksson");
            assertThat(userStream.status()).isEqualTo(200);

            // the user closes the workspace: gone from the buyer's presence, and the buyer still there
            userStream.close();
            SseStream.Event left = buyerStream.next(e -> "presence".equals(e.name())
                    && !e.data().get("people").toString().contains("Omar Nilsson"), WAIT);
            assertThat(left.data().get("people").toString()).contains("Mats Eriksson");
        }
    }

    @Test
    void outsidersCannotOpenTheStream() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        String procurement = procurementWithTeam(buyer);
        String path = "/api/procurements/" + procurement + "/stream";

        try (SseStream otherTenant = ApiSession.login("alvstad-buyer2").stream(path, null);
             SseStream vendor = ApiSession.login("skolsys-2").stream(path, null);
             SseStream staff = ApiSession.login("staff").stream(path, null);
             SseStream notOnTeam = ApiSession.login("larande-user1").stream(path, null);
             SseStream anonymous = ApiSession.anonymous().stream(path, null)) {
            assertThat(otherTenant.status()).isEqualTo(404);
            assertThat(vendor.status()).isEqualTo(403);
            assertThat(staff.status()).isEqualTo(403);
            assertThat(notOnTeam.status()).isEqualTo(404);
            assertThat(anonymous.status()).isEqualTo(401);
        }
        assertThat(ApiSession.login("skolsys-2").put("/api/procurements/" + procurement + "/presence", "{\"editing\":null}")
                .statusCode()).isEqualTo(403);
    }
}
