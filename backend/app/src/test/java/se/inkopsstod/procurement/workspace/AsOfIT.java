package se.inkopsstod.procurement.workspace;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/** The workspace as it was at a chosen moment, from the event store. */
@InkopsstodIntegrationTest
class AsOfIT {

    @Test
    void showsTheWorkspaceAsItWasBeforeLaterChanges() throws InterruptedException {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        Instant beforeEverything = Instant.now().minusSeconds(5);
        String procurement = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"Tidsresa %s","category":"assessment","procedure":"OPEN","estimatedValueSek":1}""".formatted(UUID.randomUUID()))
                .body()).get("id").asString();
        String needs = "/api/procurements/" + procurement + "/needs";
        String need = ApiSession.parse(buyer.post(needs, """
                {"statement":"Första formuleringen","perspective":"teacher","schoolProcess":"assessment","priority":"LOW"}""")
                .body()).get("id").asString();
        Thread.sleep(50);
        Instant then = Instant.now();
        Thread.sleep(50);
        buyer.write("PATCH", needs + "/" + need, "{\"baseVersion\":1,\"changes\":{\"statement\":\"Senare formulering\"}}", "application/json");
        buyer.put("/api/procurements/" + procurement + "/phase", "{\"phase\":\"REQUIREMENTS\"}");
        buyer.post(needs, """
                {"statement":"Ett senare behov","perspective":"teacher","schoolProcess":"assessment","priority":"LOW"}""");

        JsonNode past = buyer.json("/api/procurements/" + procurement + "/as-of?at=" + then);
        assertThat(past.get("procurement").get("phase").asString()).isEqualTo("NEEDS_ANALYSIS");
        assertThat(past.get("needs").size()).isEqualTo(1);
        assertThat(past.get("needs").get(0).get("content").get("statement").asString()).isEqualTo("Första formuleringen");
        assertThat(past.get("needs").get(0).get("version").asLong()).isEqualTo(1);

        JsonNode now = buyer.json("/api/procurements/" + procurement + "/as-of?at=" + Instant.now().plusSeconds(1));
        assertThat(now.get("procurement").get("phase").asString()).isEqualTo("REQUIREMENTS");
        assertThat(now.get("needs").size()).isEqualTo(2);

        JsonNode before = buyer.json("/api/procurements/" + procurement + "/as-of?at=" + beforeEverything);
        assertThat(before.get("procurement").isNull()).isTrue();

        assertThat(buyer.get("/api/procurements/" + procurement + "/as-of?at=yesterday").statusCode()).isEqualTo(400);
        assertThat(ApiSession.login("alvstad-buyer1").get("/api/procurements/" + procurement + "/as-of?at=" + then).statusCode())
                .isEqualTo(404);
    }

    @Test
    void showsARequirementAsAmendedByThenAndAsPublishedBefore() throws InterruptedException {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Inloggning via SAML.","kind":"MANDATORY","category":"IDENTITY_AND_EID"}""").body()).get("id").asString();
        inviteEveryVendorAndPublish(buyer, base, 20);
        Thread.sleep(50);
        Instant published = Instant.now();
        Thread.sleep(50);
        assertThat(buyer.post(base + "/amendments", """
                {"requirementId":"%s","changes":{"text":"Inloggning via Skolfederation."},"reason":"Förtydligat."}"""
                .formatted(requirement)).statusCode()).isEqualTo(200);

        JsonNode before = buyer.json(base + "/as-of?at=" + published);
        assertThat(before.get("requirements").get(0).get("content").get("text").asString()).isEqualTo("Inloggning via SAML.");
        JsonNode after = buyer.json(base + "/as-of?at=" + Instant.now().plusSeconds(1));
        assertThat(after.get("requirements").get(0).get("content").get("text").asString())
                .isEqualTo("Inloggning via Skolfederation.");
        assertThat(after.get("requirements").get(0).get("content").get("kind").asString()).isEqualTo("MANDATORY");
    }
}
