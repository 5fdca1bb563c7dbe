package se.inkopsstod.platform.axon;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A need edited many times is loaded from a snapshot, and the snapshot keeps what co-editing
 * decides on: who changed which field when (conflicts), who endorsed it, its version.
 */
@InkopsstodIntegrationTest
class ItemSnapshotsIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNeedLoadedFromItsSnapshotStillDetectsConflictsAndRemembersEndorsements() {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        ApiSession user = ApiSession.login("larande-user1");
        String procurement = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"Snapshots %s","category":"teaching","procedure":"OPEN","estimatedValueSek":500000}"""
                .formatted(UUID.randomUUID())).body()).get("id").asString();
        String buyerId = buyer.json("/api/me").get("id").asString();
        String userId = user.json("/api/me").get("id").asString();
        assertThat(buyer.put("/api/procurements/" + procurement + "/team",
                "{\"memberIds\":[\"" + buyerId + "\",\"" + userId + "\"]}").statusCode()).isEqualTo(200);
        String need = ApiSession.parse(buyer.post("/api/procurements/" + procurement + "/needs", """
                {"statement":"Elever ska kunna lämna in uppgifter från mobilen","perspective":"teacher",
                 "schoolProcess":"attendance","priority":"MEDIUM"}""").body()).get("id").asString();
        String path = "/api/procurements/" + procurement + "/needs/" + need;

        assertThat(user.put(path + "/endorsement", "").statusCode()).isEqualTo(200);
        long seenByBuyer = buyer.json(path).get("version").asLong();
        JsonNode userEdit = ApiSession.parse(user.write("PATCH", path, """
                {"baseVersion":%d,"changes":{"statement":"Inlämning från mobil och dator"}}""".formatted(seenByBuyer),
                "application/json").body());
        long version = userEdit.get("version").asLong();
        // the buyer edits the priority many times: enough events for snapshots to be taken
        for (int i = 0; i < 120; i++) {
            HttpResponse<String> edit = buyer.write("PATCH", path, """
                    {"baseVersion":%d,"changes":{"priority":"%s"}}""".formatted(version, i % 2 == 0 ? "HIGH" : "LOW"),
                    "application/json");
            assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
            version = ApiSession.parse(edit.body()).get("version").asLong();
        }
        assertThat(version).isEqualTo(seenByBuyer + 121);
        assertThat(jdbc.sql("select count(*) from snapshot_event_entry where aggregate_identifier = ?").param(need)
                .query(Long.class).single()).as("a snapshot of the need").isPositive();

        // loaded from the snapshot: the user's statement edit after version seenByBuyer still conflicts
        HttpResponse<String> stale = buyer.write("PATCH", path, """
                {"baseVersion":%d,"changes":{"statement":"Köparens formulering"}}""".formatted(seenByBuyer), "application/json");
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode conflict = ApiSession.parse(stale.body()).get("conflicts").get(0);
        assertThat(conflict.get("field").asString()).isEqualTo("statement");
        assertThat(conflict.get("current").asString()).isEqualTo("Inlämning från mobil och dator");
        assertThat(conflict.get("changedBy").get("id").asString()).isEqualTo(userId);

        // the endorsement is remembered: endorsing again adds nothing
        JsonNode again = ApiSession.parse(user.put(path + "/endorsement", "").body());
        assertThat(again.get("endorsements").asInt()).isEqualTo(1);
        assertThat(again.get("version").asLong()).isEqualTo(version);

        // the history still goes back to the proposal, every edit in it
        JsonNode history = buyer.json(path + "/history");
        assertThat(history).hasSize((int) version);
        assertThat(history.get(history.size() - 1).get("type").asString()).isEqualTo("NeedProposed");

        // and the version goes on from where it was
        HttpResponse<String> next = buyer.write("PATCH", path, """
                {"baseVersion":%d,"changes":{"statement":"Köparens formulering"}}""".formatted(version), "application/json");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
        assertThat(ApiSession.parse(next.body()).get("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void aSnapshotThatNoLongerFitsTheClassIsPassedOverAndTheNeedReplayed() {
        ApiSession buyer = ApiSession.login("fjallby-buyer2");
        String procurement = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"Gamla snapshots %s","category":"teaching","procedure":"OPEN","estimatedValueSek":500000}"""
                .formatted(UUID.randomUUID())).body()).get("id").asString();
        String need = ApiSession.parse(buyer.post("/api/procurements/" + procurement + "/needs", """
                {"statement":"Schemat ska synas i appen","perspective":"teacher","schoolProcess":"attendance","priority":"LOW"}""")
                .body()).get("id").asString();
        String path = "/api/procurements/" + procurement + "/needs/" + need;
        long version = 1;
        for (int i = 0; i < 60; i++) {
            version = ApiSession.parse(buyer.write("PATCH", path, """
                    {"baseVersion":%d,"changes":{"statement":"Schemat, version %d"}}""".formatted(version, i), "application/json")
                    .body()).get("version").asLong();
        }
        // as if the class had changed since the snapshot was taken: a field it no longer has
        int rewritten = jdbc.sql("""
                update snapshot_event_entry set payload = convert_to('{"renamedField":1}', 'UTF8') where aggregate_identifier = ?""")
                .param(need).update();
        assertThat(rewritten).as("snapshots of the need").isPositive();

        HttpResponse<String> edit = buyer.write("PATCH", path, """
                {"baseVersion":%d,"changes":{"priority":"HIGH"}}""".formatted(version), "application/json");
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
        JsonNode view = ApiSession.parse(edit.body());
        assertThat(view.get("statement").asString()).isEqualTo("Schemat, version 59");
        assertThat(view.get("version").asLong()).isEqualTo(version + 1);
    }
}
