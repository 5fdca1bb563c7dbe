package se.inkopsstod.procurement.access;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.outcomes.OutcomesApi;
import se.inkopsstod.procurement.workspace.ChangePhaseCommand;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.SseStream;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one gate to a procurement, tried where it used to leak: the follow-up obeys the team rule,
 * a stranger meets 404 before any validation, a command for another tenant's aggregate is refused
 * below every route, and a live stream ends when its person loses access.
 */
@InkopsstodIntegrationTest
class ProcurementGateIT {

    @Autowired
    CommandGateway commandGateway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFollowUpObeysTheTeamRuleLikeEveryRouteOfItsProcurement() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession teacher = ApiSession.login("larande-user1");
        OutcomesApi.Implemented procurement = OutcomesApi.implementedProcurement(buyer, OutcomesApi.uniqueTitle());
        assertThat(buyer.post(procurement.followUp(), "{}").statusCode()).isEqualTo(201);

        HttpResponse<String> offTheTeam = teacher.get(procurement.followUp());
        assertThat(offTheTeam.statusCode()).isEqualTo(404);
        assertThat(offTheTeam.body()).doesNotContain("Frånvaro").contains("\"code\":\"not-found\"");
        assertThat(teacher.post(procurement.followUp() + "/survey", "{\"ratings\":{}}").statusCode()).isEqualTo(404);

        OutcomesApi.team(buyer, procurement.procurementId(), teacher);
        HttpResponse<String> onTheTeam = teacher.get(procurement.followUp());
        assertThat(onTheTeam.statusCode()).as(onTheTeam.body()).isEqualTo(200);
        assertThat(onTheTeam.body()).contains("Frånvaro");
    }

    @Test
    void aStrangerMeets404BeforeAnyValidationOfTheBody() {
        ApiSession owner = ApiSession.login("larande-buyer2");
        String procurement = newProcurement(owner);
        String needs = "/api/procurements/" + procurement + "/needs";

        assertThat(ApiSession.login("alvstad-buyer1").post(needs, "{}").statusCode()).isEqualTo(404);
        assertThat(ApiSession.login("alvstad-buyer1").post(needs, "not json at all").statusCode()).isEqualTo(404);
        assertThat(ApiSession.login("larande-user2").post(needs, "{}").statusCode()).isEqualTo(404);
        assertThat(ApiSession.login("edulab-1").post("/api/vendor/procurements/" + procurement + "/questions", "{}").statusCode())
                .isEqualTo(404);
        // the owner, who may see it, is told what is wrong with the body
        HttpResponse<String> own = owner.post(needs, "{}");
        assertThat(own.statusCode()).isEqualTo(400);
        assertThat(own.body()).contains("\"code\":\"validation\"");
    }

    @Test
    void aCommandForAnotherTenantsAggregateIsRefusedBelowEveryRoute() {
        ApiSession owner = ApiSession.login("larande-buyer1");
        String procurement = newProcurement(owner);
        TenantId alvstad = TenantId.of(ApiSession.login("alvstad-buyer1").json("/api/me").get("tenant").get("id").asString());
        long before = events();

        assertThatThrownBy(() -> commandGateway.sendAndWait(new ChangePhaseCommand(ProcurementId.of(procurement), alvstad,
                Phase.CLOSED, java.time.Instant.now()))).isInstanceOf(NotFoundException.class);

        assertThat(events()).isEqualTo(before);
        assertThat(owner.json("/api/procurements/" + procurement).get("phase").asString()).isEqualTo("NEEDS_ANALYSIS");
    }

    @Test
    void aLiveStreamEndsWhenItsPersonIsTakenOffTheTeam() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession teacher = ApiSession.login("larande-user2");
        String procurement = newProcurement(buyer);
        OutcomesApi.team(buyer, procurement, teacher);
        String stream = "/api/procurements/" + procurement + "/stream";
        try (SseStream open = teacher.stream(stream, null)) {
            assertThat(open.status()).isEqualTo(200);
            open.next(e -> "ready".equals(e.name()), Duration.ofSeconds(10));

            OutcomesApi.team(buyer, procurement);

            SseStream.Event revoked = open.next(e -> "revoked".equals(e.name()), Duration.ofSeconds(10));
            assertThat(revoked.data().get("reason").asString()).isEqualTo("access-revoked");
        }
        try (SseStream again = teacher.stream(stream, null)) {
            assertThat(again.status()).isEqualTo(404);
        }
    }

    @Test
    void aVendorsLiveStreamEndsWhenItsInvitationIsWithdrawn() {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        String procurement = newProcurement(buyer);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"MARKET_DIALOGUE\"}").statusCode()).isEqualTo(200);
        String edulab = vendorId(buyer, "Edulab");
        assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"" + edulab + "\"}").statusCode()).isEqualTo(200);
        ApiSession vendor = ApiSession.login("edulab-2");
        try (SseStream open = vendor.stream("/api/vendor/procurements/" + procurement + "/stream", null)) {
            assertThat(open.status()).isEqualTo(200);
            open.next(e -> "ready".equals(e.name()), Duration.ofSeconds(10));

            assertThat(buyer.write("DELETE", base + "/vendors/" + edulab, "", "application/json").statusCode()).isEqualTo(204);

            open.next(e -> "revoked".equals(e.name()), Duration.ofSeconds(10));
        }
        assertThat(vendor.get("/api/vendor/procurements/" + procurement).statusCode()).isEqualTo(404);
    }

    private static String newProcurement(ApiSession buyer) {
        HttpResponse<String> created = buyer.post("/api/procurements", """
                {"title":"Grind %s","category":"assessment","procedure":"OPEN","estimatedValueSek":100000}"""
                .formatted(java.util.UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiSession.parse(created.body()).get("id").asString();
    }

    private static String vendorId(ApiSession buyer, String namePrefix) {
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            if (vendor.get("name").asString().startsWith(namePrefix)) {
                return vendor.get("id").asString();
            }
        }
        throw new AssertionError("no vendor " + namePrefix);
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }
}
