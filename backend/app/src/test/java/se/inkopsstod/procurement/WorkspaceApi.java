package se.inkopsstod.procurement;

import se.inkopsstod.testing.ApiSession;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sets up workspaces through the real API for integration and browser tests. */
public final class WorkspaceApi {

    private WorkspaceApi() {
    }

    /** A new procurement (uniquely titled) whose team is the buyer and the given members. */
    public static String procurementWithTeam(ApiSession buyer, ApiSession... members) {
        HttpResponse<String> created = buyer.post("/api/procurements", """
                {"title":"Arbetsyta %s","category":"scheduling","procedure":"OPEN","estimatedValueSek":100000}"""
                .formatted(UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiSession.parse(created.body()).get("id").asString();
        if (members.length > 0) {
            List<String> team = new ArrayList<>();
            team.add("\"" + buyer.json("/api/me").get("id").asString() + "\"");
            for (ApiSession member : members) {
                team.add("\"" + member.json("/api/me").get("id").asString() + "\"");
            }
            HttpResponse<String> set = buyer.put("/api/procurements/" + id + "/team",
                    "{\"memberIds\":[" + String.join(",", team) + "]}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        }
        return id;
    }

    /**
     * A new procurement of the buyer (with these members on its team) in tendering: one mandatory
     * requirement, every vendor invited, the tender deadline {@code days} days ahead.
     */
    public static String publishedWithTeam(ApiSession buyer, int days, ApiSession... members) {
        String procurement = procurementWithTeam(buyer, members);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        assertThat(buyer.post(base + "/requirements", """
                {"text":"Schemat ska kunna exporteras.","kind":"MANDATORY",
                 "category":"EXIT_AND_PORTABILITY","verificationMethod":"Demonstration"}""").statusCode()).isEqualTo(201);
        inviteEveryVendorAndPublish(buyer, base, days);
        return procurement;
    }

    /** A vendor's question in the procurement; returns its id. */
    public static String ask(ApiSession vendor, String procurement, String text) {
        HttpResponse<String> asked = vendor.post("/api/vendor/procurements/" + procurement + "/questions", "{\"text\":\"" + text + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        return ApiSession.parse(asked.body()).get("id").asString();
    }

    /**
     * Invites every vendor of the directory and publishes the tender of the procurement at
     * {@code base} (lowest price; deadline in {@code days} days, questions until 8 days before).
     */
    public static void inviteEveryVendorAndPublish(ApiSession buyer, String base, int days) {
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"%s\"}".formatted(vendor.get("id").asString()))
                    .statusCode()).isEqualTo(200);
        }
        Instant deadline = Instant.now().plus(days, ChronoUnit.DAYS);
        assertThat(buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"LOWEST_PRICE"}"""
                .formatted(deadline, LocalDate.ofInstant(deadline, ZoneId.of("Europe/Stockholm")).minusDays(8))).statusCode())
                .isEqualTo(200);
    }

    /**
     * Opens the tenders of the procurement at {@code base} the way buyers do, after the deadline:
     * the buyer appoints itself and {@code secondOpener}, and both confirm. Returns the opening.
     */
    public static JsonNode openTenders(ApiSession buyer, String base, ApiSession secondOpener) {
        HttpResponse<String> appointed = buyer.put(base + "/opening/openers", "{\"openers\":[\"%s\",\"%s\"]}"
                .formatted(buyer.json("/api/me").get("id").asString(), secondOpener.json("/api/me").get("id").asString()));
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(200);
        HttpResponse<String> first = buyer.post(base + "/opening/confirm", "");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        HttpResponse<String> second = secondOpener.post(base + "/opening/confirm", "");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode opening = ApiSession.parse(second.body());
        assertThat(opening.get("openedAt").isNull()).as("opened by the second confirmation").isFalse();
        return opening;
    }
}
