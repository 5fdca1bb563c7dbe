package se.inkopsstod.procurement.workspace;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.SseStream;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workspace route that takes an id, tried by everyone who must not reach the procurement:
 * a buyer of another tenant, a user of the same tenant who is not on the team, a vendor and
 * association staff. They get 403 or 404, the answer carries nothing of the procurement, and
 * nothing changes.
 */
@InkopsstodIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the application is up before @BeforeAll
class WorkspaceIsolationIT {

    private static final String SECRET = "Hemlighet" + UUID.randomUUID().toString().substring(0, 6);

    private ApiSession owner;
    private String procurement;
    private String need;
    private String requirement;
    private String comment;
    private String ownerId;
    private String vendorId;
    private String question;

    @BeforeAll
    void aProcurementWithOneOfEverything() {
        owner = ApiSession.login("larande-buyer2");
        ownerId = owner.json("/api/me").get("id").asString();
        procurement = ApiSession.parse(owner.post("/api/procurements", """
                {"title":"%s upphandling","category":"assessment","procedure":"OPEN","estimatedValueSek":100000}"""
                .formatted(SECRET)).body()).get("id").asString();
        String base = "/api/procurements/" + procurement;
        assertThat(owner.put(base + "/phase", "{\"phase\":\"MARKET_DIALOGUE\"}").statusCode()).isEqualTo(200);
        vendorId = owner.json("/api/vendor-directory").get(0).get("id").asString();
        assertThat(owner.post(base + "/vendors", "{\"vendorOrganisationId\":\"" + vendorId + "\"}").statusCode()).isEqualTo(200);
        need = ApiSession.parse(owner.post(base + "/needs", """
                {"statement":"%s behov","perspective":"teacher","schoolProcess":"assessment","priority":"HIGH"}"""
                .formatted(SECRET)).body()).get("id").asString();
        requirement = ApiSession.parse(owner.post(base + "/requirements", """
                {"text":"%s krav","kind":"MANDATORY","category":"FUNCTION","verificationMethod":"Demo","needIds":["%s"]}"""
                .formatted(SECRET, need)).body()).get("id").asString();
        question = ApiSession.parse(owner.post(base + "/questions", "{\"text\":\"" + SECRET + " förtydligande\"}").body())
                .get("id").asString();
        comment = ApiSession.parse(owner.post(base + "/comments", """
                {"itemId":"%s","text":"%s kommentar"}""".formatted(need, SECRET)).body()).get("id").asString();
    }

    private record Route(String method, String path, String body) {
    }

    private List<Route> routes() {
        String p = "/api/procurements/" + procurement;
        String n = p + "/needs/" + need;
        String r = p + "/requirements/" + requirement;
        return List.of(
                new Route("GET", p, null),
                new Route("PUT", p + "/phase", "{\"phase\":\"CLOSED\"}"),
                new Route("PUT", p + "/team", "{\"memberIds\":[\"" + ownerId + "\"]}"),
                new Route("GET", p + "/as-of?at=2030-01-01T00:00:00Z", null),
                new Route("GET", p + "/needs", null),
                new Route("POST", p + "/needs", "{\"statement\":\"Intrång\",\"perspective\":\"teacher\",\"schoolProcess\":\"assessment\",\"priority\":\"LOW\"}"),
                new Route("GET", n, null),
                new Route("PATCH", n, "{\"baseVersion\":1,\"changes\":{\"priority\":\"LOW\"}}"),
                new Route("PUT", n + "/endorsement", ""),
                new Route("DELETE", n + "/endorsement", ""),
                new Route("POST", n + "/accept", ""),
                new Route("POST", n + "/reject", "{\"reason\":\"Intrång\"}"),
                new Route("POST", n + "/merge", "{\"into\":\"" + need + "\"}"),
                new Route("GET", n + "/history", null),
                new Route("GET", p + "/requirements", null),
                new Route("POST", p + "/requirements", "{\"text\":\"Intrång\",\"kind\":\"MANDATORY\",\"category\":\"FUNCTION\",\"verificationMethod\":\"x\"}"),
                new Route("GET", r, null),
                new Route("PATCH", r, "{\"baseVersion\":1,\"changes\":{\"text\":\"Intrång\"}}"),
                new Route("GET", r + "/history", null),
                new Route("GET", p + "/trace", null),
                new Route("GET", p + "/comments?itemId=" + need, null),
                new Route("POST", p + "/comments", "{\"itemId\":\"" + need + "\",\"parentId\":\"" + comment + "\",\"text\":\"Intrång\"}"),
                new Route("PUT", p + "/presence", "{\"editing\":\"" + need + "\"}"),
                new Route("GET", p + "/vendors", null),
                new Route("POST", p + "/vendors", "{\"vendorOrganisationId\":\"" + vendorId + "\"}"),
                new Route("DELETE", p + "/vendors/" + vendorId, ""),
                new Route("GET", p + "/publication", null),
                new Route("POST", p + "/publish", "{\"tenderDeadline\":\"2099-01-31T10:00:00Z\",\"lastQuestionDay\":\"2099-01-10\","
                        + "\"evaluationModel\":\"LOWEST_PRICE\"}"),
                new Route("GET", "/api/vendor/procurements/" + procurement, null),
                new Route("GET", p + "/amendments", null),
                new Route("POST", p + "/amendments", "{\"requirementId\":\"" + requirement + "\",\"withdraw\":true,\"reason\":\"Intrång\"}"),
                new Route("POST", p + "/deadline", "{\"tenderDeadline\":\"2099-02-28T10:00:00Z\"}"),
                new Route("GET", p + "/tenders", null),
                new Route("GET", p + "/opening", null),
                new Route("PUT", p + "/opening/openers", "{\"openers\":[\"x\",\"y\"]}"),
                new Route("POST", p + "/opening/confirm", ""),
                new Route("GET", p + "/rfi", null),
                new Route("POST", p + "/rfi/draft", "{\"message\":\"Intrång\"}"),
                new Route("POST", p + "/rfi/questions", "{\"text\":\"Intrång\"}"),
                new Route("GET", "/api/vendor/procurements/" + procurement + "/rfi", null),
                new Route("POST", "/api/vendor/procurements/" + procurement + "/rfi/comments", "{\"requirementId\":\"" + requirement + "\",\"text\":\"Intrång\"}"),
                new Route("PUT", "/api/vendor/procurements/" + procurement + "/rfi/questions/x/answer", "{\"text\":\"Intrång\"}"),
                new Route("GET", p + "/evaluation", null),
                new Route("PUT", p + "/evaluation/scores", "{\"vendorOrganisationId\":\"" + vendorId + "\",\"requirementId\":\"" + requirement + "\",\"score\":3}"),
                new Route("POST", p + "/evaluation/disqualifications", "{\"vendorOrganisationId\":\"" + vendorId + "\",\"reason\":\"Intrång\"}"),
                new Route("POST", p + "/evaluation/award", "{\"vendorOrganisationId\":\"" + vendorId + "\",\"reasoning\":\"Intrång\"}"),
                new Route("POST", p + "/evaluation/contract", ""),
                new Route("GET", "/api/vendor/procurements/" + procurement + "/decision", null),
                new Route("GET", "/api/vendor/procurements/" + procurement + "/tender", null),
                new Route("PUT", "/api/vendor/procurements/" + procurement + "/tender", "{\"responses\":[],\"priceSek\":1}"),
                new Route("POST", "/api/vendor/procurements/" + procurement + "/tender/submit", ""),
                new Route("GET", p + "/questions", null),
                new Route("POST", p + "/questions", "{\"text\":\"Intrång\"}"),
                new Route("GET", p + "/questions/" + question, null),
                new Route("PATCH", p + "/questions/" + question, "{\"baseVersion\":1,\"changes\":{\"answer\":\"Intrång\"}}"),
                new Route("POST", p + "/questions/" + question + "/publish", ""),
                new Route("GET", p + "/questions/" + question + "/history", null),
                new Route("GET", "/api/vendor/procurements/" + procurement + "/questions", null),
                new Route("POST", "/api/vendor/procurements/" + procurement + "/questions", "{\"text\":\"Intrång\"}"));
    }

    @Test
    void anotherTenantsBuyerFindsNothing() {
        assertNothingReachable(ApiSession.login("alvstad-buyer2"));
    }

    @Test
    void aUserOfTheSameTenantWhoIsNotOnTheTeamFindsNothing() {
        assertNothingReachable(ApiSession.login("larande-user1"));
    }

    @Test
    void aVendorFindsNothing() {
        assertNothingReachable(ApiSession.login("skolsys-2"));
    }

    @Test
    void associationStaffFindNothing() {
        assertNothingReachable(ApiSession.login("staff"));
    }

    private void assertNothingReachable(ApiSession outsider) {
        for (Route route : routes()) {
            HttpResponse<String> response = route.body() == null
                    ? outsider.get(route.path())
                    : outsider.write(route.method(), route.path(), route.body(), "application/json");
            assertThat(response.statusCode()).as(route.method() + " " + route.path()).isIn(403, 404);
            assertThat(response.body()).as(route.method() + " " + route.path()).doesNotContain(SECRET);
        }
        for (String stream : List.of("/api/procurements/" + procurement + "/stream", "/api/vendor/procurements/" + procurement + "/stream")) {
            try (SseStream open = outsider.stream(stream, null)) {
                assertThat(open.status()).as(stream).isIn(403, 404);
            }
        }

        String base = "/api/procurements/" + procurement;
        JsonNode now = owner.json(base);
        assertThat(now.get("phase").asString()).isEqualTo("MARKET_DIALOGUE");
        assertThat(owner.json(base + "/vendors").size()).isEqualTo(1);
        assertThat(owner.get(base + "/publication").statusCode()).isEqualTo(404);
        JsonNode questions = owner.json(base + "/questions");
        assertThat(questions.size()).isEqualTo(1);
        assertThat(questions.get(0).get("version").asLong()).isEqualTo(1);
        assertThat(now.get("team").size()).isEqualTo(1);
        assertThat(owner.json(base + "/needs").size()).isEqualTo(1);
        assertThat(owner.json(base + "/needs/" + need).get("version").asLong()).isEqualTo(1);
        assertThat(owner.json(base + "/requirements").size()).isEqualTo(1);
        assertThat(owner.json(base + "/requirements/" + requirement).get("version").asLong()).isEqualTo(1);
        assertThat(owner.json(base + "/comments?itemId=" + need).toString()).doesNotContain("Intrång");
    }
}
