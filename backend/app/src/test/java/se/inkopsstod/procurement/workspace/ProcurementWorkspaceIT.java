package se.inkopsstod.procurement.workspace;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Buyers and users shape a procurement's needs together over the real API. */
@InkopsstodIntegrationTest
class ProcurementWorkspaceIT {

    private static final String NEED = """
            {"statement":"Lärare ska kunna rapportera frånvaro på under en minut","perspective":"teacher",
             "schoolProcess":"attendance","priority":"HIGH","steeringDocument":"Skollagen 7 kap.",
             "benefit":{"description":"Mindre administration","indicator":"Minuter per vecka","baseline":60,"target":30,"unit":"minuter per vecka"}}""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTeamDecidesWhichUsersSeeAProcurement() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession user = ApiSession.login("alvstad-user1");
        String id = create(buyer, "Lärplattform " + UUID.randomUUID());

        assertThat(user.get("/api/procurements/" + id).statusCode()).isEqualTo(404);
        assertThat(user.json("/api/procurements").toString()).doesNotContain(id);

        String userId = user.json("/api/me").get("id").asString();
        String buyerId = buyer.json("/api/me").get("id").asString();
        HttpResponse<String> team = buyer.put("/api/procurements/" + id + "/team",
                "{\"memberIds\":[\"" + buyerId + "\",\"" + userId + "\"]}");
        assertThat(team.statusCode()).isEqualTo(200);
        assertThat(ApiSession.parse(team.body()).get("team").toString()).contains("Karin Holm", "Johan Berg");

        assertThat(user.get("/api/procurements/" + id).statusCode()).isEqualTo(200);
        assertThat(user.json("/api/procurements").toString()).contains(id);
    }

    @Test
    void phasesMoveOnlyWhereItMakesSense() {
        ApiSession buyer = ApiSession.login("alvstad-buyer2");
        String id = create(buyer, "Schema " + UUID.randomUUID());

        HttpResponse<String> jump = buyer.put("/api/procurements/" + id + "/phase", "{\"phase\":\"AWARDED\"}");
        assertThat(jump.statusCode()).isEqualTo(409);
        assertThat(ApiSession.parse(jump.body()).get("code").asString()).isEqualTo("procurement.phase-transition");

        HttpResponse<String> next = buyer.put("/api/procurements/" + id + "/phase", "{\"phase\":\"MARKET_DIALOGUE\"}");
        assertThat(next.statusCode()).isEqualTo(200);
        JsonNode view = ApiSession.parse(next.body());
        assertThat(view.get("phase").asString()).isEqualTo("MARKET_DIALOGUE");
        assertThat(view.get("nextPhases").toString()).contains("REQUIREMENTS", "NEEDS_ANALYSIS", "CLOSED");

        ApiSession admin = ApiSession.login("alvstad-admin");
        assertThat(admin.put("/api/procurements/" + id + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void concurrentEditsMergeByFieldAndTheSameFieldConflicts() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession user = ApiSession.login("alvstad-user2");
        String id = create(buyer, "Frånvaro " + UUID.randomUUID());
        addToTeam(buyer, id, user);

        HttpResponse<String> proposed = user.post("/api/procurements/" + id + "/needs", NEED);
        assertThat(proposed.statusCode()).isEqualTo(201);
        JsonNode need = ApiSession.parse(proposed.body());
        assertThat(need.get("version").asLong()).isEqualTo(1);
        String path = "/api/procurements/" + id + "/needs/" + need.get("id").asString();

        // both saw version 1: the buyer changes the priority, the user the statement
        assertThat(buyer.write("PATCH", path, "{\"baseVersion\":1,\"changes\":{\"priority\":\"LOW\"}}", "application/json").statusCode())
                .isEqualTo(200);
        HttpResponse<String> userEdit = user.write("PATCH", path,
                "{\"baseVersion\":1,\"changes\":{\"statement\":\"Frånvaro rapporteras i appen\"}}", "application/json");
        assertThat(userEdit.statusCode()).isEqualTo(200);
        JsonNode merged = ApiSession.parse(userEdit.body());
        assertThat(merged.get("priority").asString()).isEqualTo("LOW");
        assertThat(merged.get("statement").asString()).isEqualTo("Frånvaro rapporteras i appen");
        assertThat(merged.get("version").asLong()).isEqualTo(3);

        // the buyer still thinks it is version 2 and rewrites the statement: a conflict, nothing lost
        HttpResponse<String> conflict = buyer.write("PATCH", path,
                "{\"baseVersion\":2,\"changes\":{\"statement\":\"Köparens formulering\"}}", "application/json");
        assertThat(conflict.statusCode()).isEqualTo(409);
        JsonNode problem = ApiSession.parse(conflict.body());
        assertThat(problem.get("code").asString()).isEqualTo("edit.conflict");
        JsonNode field = problem.get("conflicts").get(0);
        assertThat(field.get("field").asString()).isEqualTo("statement");
        assertThat(field.get("yours").asString()).isEqualTo("Köparens formulering");
        assertThat(field.get("current").asString()).isEqualTo("Frånvaro rapporteras i appen");
        assertThat(field.get("changedBy").get("name").asString()).isEqualTo("Ali Hassan");
        assertThat(problem.get("current").get("version").asLong()).isEqualTo(3);
        assertThat(buyer.json(path).get("statement").asString()).isEqualTo("Frånvaro rapporteras i appen");

        // the buyer chooses their own wording on top of the current version
        HttpResponse<String> resolved = buyer.write("PATCH", path,
                "{\"baseVersion\":3,\"changes\":{\"statement\":\"Köparens formulering\"}}", "application/json");
        assertThat(resolved.statusCode()).isEqualTo(200);

        JsonNode history = buyer.json(path + "/history");
        assertThat(history.get(0).get("by").get("name").asString()).isEqualTo("Johan Berg");
        assertThat(history.get(0).get("changes").get(0).get("from").asString()).isEqualTo("Frånvaro rapporteras i appen");
        assertThat(history.get(0).get("changes").get(0).get("to").asString()).isEqualTo("Köparens formulering");
        assertThat(history.get(history.size() - 1).get("type").asString()).isEqualTo("NeedProposed");
        assertThat(history.get(history.size() - 1).get("by").get("name").asString()).isEqualTo("Ali Hassan");
    }

    @Test
    void usersEndorseOnceAndBuyersDecide() {
        ApiSession buyer = ApiSession.login("fjallby-buyer1");
        ApiSession user = ApiSession.login("fjallby-user1");
        String id = create(buyer, "Elevhälsa " + UUID.randomUUID());
        addToTeam(buyer, id, user);
        String need = ApiSession.parse(buyer.post("/api/procurements/" + id + "/needs", NEED).body()).get("id").asString();
        String other = ApiSession.parse(buyer.post("/api/procurements/" + id + "/needs", NEED).body()).get("id").asString();
        String path = "/api/procurements/" + id + "/needs/" + need;

        assertThat(user.put(path + "/endorsement", "").statusCode()).isEqualTo(200);
        JsonNode twice = ApiSession.parse(user.put(path + "/endorsement", "").body());
        assertThat(twice.get("endorsements").asInt()).isEqualTo(1);
        assertThat(twice.get("endorsedByMe").asBoolean()).isTrue();
        assertThat(user.write("DELETE", path + "/endorsement", "", "application/json").statusCode()).isEqualTo(200);
        assertThat(user.json(path).get("endorsements").asInt()).isZero();

        assertThat(user.post(path + "/accept", "").statusCode()).isEqualTo(403);
        assertThat(buyer.post(path + "/reject", "{\"reason\":\" \"}").statusCode()).isEqualTo(400);
        assertThat(buyer.post("/api/procurements/" + id + "/needs/" + other + "/merge", "{\"into\":\"" + need + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(buyer.json("/api/procurements/" + id + "/needs/" + other).get("mergedInto").asString()).isEqualTo(need);
        assertThat(buyer.post(path + "/reject", "{\"reason\":\"Ingår i skolplattformen\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> closed = user.write("PATCH", path, "{\"baseVersion\":5,\"changes\":{\"priority\":\"LOW\"}}", "application/json");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(ApiSession.parse(closed.body()).get("code").asString()).isEqualTo("need.closed");
    }

    @Test
    void anotherTenantVendorsAndStaffFindNothing() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        String id = create(buyer, "Hemlig " + UUID.randomUUID());
        String need = ApiSession.parse(buyer.post("/api/procurements/" + id + "/needs", NEED).body()).get("id").asString();
        String[] paths = {"/api/procurements/" + id, "/api/procurements/" + id + "/needs",
                "/api/procurements/" + id + "/needs/" + need, "/api/procurements/" + id + "/needs/" + need + "/history"};

        ApiSession otherTenant = ApiSession.login("alvstad-buyer1");
        for (String path : paths) {
            HttpResponse<String> response = otherTenant.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Hemlig").doesNotContain("frånvaro");
        }
        assertThat(otherTenant.write("PATCH", paths[2], "{\"baseVersion\":1,\"changes\":{\"priority\":\"LOW\"}}", "application/json")
                .statusCode()).isEqualTo(404);
        assertThat(otherTenant.put("/api/procurements/" + id + "/phase", "{\"phase\":\"CLOSED\"}").statusCode()).isEqualTo(404);
        assertThat(otherTenant.json("/api/procurements").toString()).doesNotContain(id);

        for (String username : new String[]{"edulab-1", "staff"}) {
            ApiSession outsider = ApiSession.login(username);
            for (String path : paths) {
                HttpResponse<String> response = outsider.get(path);
                assertThat(response.statusCode()).as(username + " " + path).isIn(403, 404);
                assertThat(response.body()).doesNotContain("Hemlig");
            }
            assertThat(outsider.post("/api/procurements/" + id + "/needs", NEED).statusCode()).isIn(403, 404);
        }
        assertThat(jdbc.sql("select phase from procurement_view where procurement_id = ?").param(id).query(String.class).single())
                .isEqualTo("NEEDS_ANALYSIS");
    }

    @Test
    void badInputIsRefusedAndStoresNothing() {
        ApiSession buyer = ApiSession.login("alvstad-buyer2");
        String id = create(buyer, "Indata " + UUID.randomUUID());
        long before = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();

        assertThat(buyer.post("/api/procurements", "{\"title\":\"X\",\"category\":\"astrology\",\"procedure\":\"OPEN\",\"estimatedValueSek\":1}")
                .statusCode()).isEqualTo(400);
        assertThat(buyer.post("/api/procurements", "{\"title\":\"X\",\"category\":\"teaching\",\"procedure\":\"OPEN\",\"estimatedValueSek\":-1}")
                .statusCode()).isEqualTo(400);
        assertThat(buyer.post("/api/procurements", "{\"title\":\"" + "x".repeat(201) + "\",\"category\":\"teaching\",\"procedure\":\"OPEN\",\"estimatedValueSek\":1}")
                .statusCode()).isEqualTo(400);
        assertThat(buyer.post("/api/procurements/" + id + "/needs", NEED.replace("\"teacher\"", "\"cat\"")).statusCode()).isEqualTo(400);
        assertThat(buyer.post("/api/procurements/" + id + "/needs", NEED.replace("\"HIGH\"", "\"URGENT\"")).statusCode()).isEqualTo(400);
        assertThat(buyer.post("/api/procurements/" + id + "/needs", NEED.replace("\"baseline\":60", "\"baseline\":\"sextio\"")).statusCode())
                .isEqualTo(400);
        assertThat(buyer.post("/api/procurements/" + id + "/needs", "{\"statement\":\"\"}").statusCode()).isEqualTo(400);
        assertThat(buyer.put("/api/procurements/" + id + "/team", "{\"memberIds\":[\"someone-else\"]}").statusCode()).isEqualTo(400);
        assertThat(buyer.get("/api/procurements/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

        assertThat(jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single()).isEqualTo(before);
    }

    private static String create(ApiSession buyer, String title) {
        HttpResponse<String> response = buyer.post("/api/procurements", """
                {"title":"%s","description":"Gemensam upphandling","category":"teaching","procedure":"OPEN",
                 "estimatedValueSek":2500000,"plannedTenderDate":"2027-03-01","plannedAwardDate":"2027-06-01"}""".formatted(title));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode view = ApiSession.parse(response.body());
        assertThat(view.get("phase").asString()).isEqualTo("NEEDS_ANALYSIS");
        return view.get("id").asString();
    }

    private static void addToTeam(ApiSession buyer, String procurementId, ApiSession member) {
        String buyerId = buyer.json("/api/me").get("id").asString();
        String memberId = member.json("/api/me").get("id").asString();
        assertThat(buyer.put("/api/procurements/" + procurementId + "/team",
                "{\"memberIds\":[\"" + buyerId + "\",\"" + memberId + "\"]}").statusCode()).isEqualTo(200);
    }
}
