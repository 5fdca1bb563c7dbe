package se.inkopsstod.activity;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * A member who is neither buyer nor administrator sees the tenant's own changes and what they did
 * themselves in the activity feed, not the work in procurements they are not on the team of.
 */
@InkopsstodIntegrationTest
class ActivityFeedVisibilityIT {

    private static final String NEED = """
            {"statement":"%s","perspective":"teacher","schoolProcess":"scheduling","priority":"HIGH"}""";

    @Test
    void aUserSeesTenantChangesAndTheirOwnWorkButNotOtherTeamsWork() {
        ApiSession buyer = ApiSession.login("fjallby-buyer2");
        ApiSession user = ApiSession.login("fjallby-user2");
        String userName = user.json("/api/me").get("name").asString();
        String buyerName = buyer.json("/api/me").get("name").asString();
        String hidden = procurementWithTeam(buyer);
        assertThat(buyer.post("/api/procurements/" + hidden + "/needs", NEED.formatted("Köparens eget behov")).statusCode())
                .isEqualTo(201);
        String shared = procurementWithTeam(buyer, user);
        assertThat(user.post("/api/procurements/" + shared + "/needs", NEED.formatted("Lärarens behov")).statusCode())
                .isEqualTo(201);

        // the Kafka-fed feed catches up: the buyer sees both needs proposed, the user's among them
        await().atMost(Duration.ofSeconds(20)).until(() -> proposedBy(buyer, userName) && proposedBy(buyer, buyerName));
        assertThat(proposedBy(user, userName)).as("the user's own work").isTrue();

        List<String> othersWork = new ArrayList<>();
        for (JsonNode entry : user.json("/api/tenant/activity")) {
            boolean tenantChange = TENANT_CHANGES.contains(entry.get("type").asString());
            boolean own = userName.equals(entry.path("actorName").asString());
            if (!tenantChange && !own) {
                othersWork.add(entry.get("type").asString() + " by " + entry.path("actorName").asString());
            }
        }
        assertThat(othersWork).isEmpty();
        assertThat(buyer.json("/api/tenant/activity").toString()).as("the buyer sees everyone's work").contains(userName);

        // every entry says what happened, in the language asked for: work in a procurement too, not a blank line
        for (JsonNode entry : buyer.json("/api/tenant/activity")) {
            assertThat(entry.get("what").asString()).as(entry.get("type").asString()).isNotBlank().isNotIn("Ändring", "Change");
        }
        assertThat(proposedWhat(buyer)).isEqualTo("Proposed a need");
        assertThat(proposedWhat(buyer.speaking("sv"))).isEqualTo("Föreslog ett behov");
    }

    /** What every member of a huvudman may see: changes to the huvudman itself (their events say SeenBy TENANT). */
    private static final List<String> TENANT_CHANGES = List.of("TenantRegisteredEvent", "MemberAddedEvent",
            "MemberRolesChangedEvent", "MemberIdentityLinkedEvent", "SchoolsSetEvent");

    private static String proposedWhat(ApiSession session) {
        for (JsonNode entry : session.json("/api/tenant/activity")) {
            if (entry.get("type").asString().equals("NeedProposedEvent")) {
                return entry.get("what").asString();
            }
        }
        return null;
    }

    private static boolean proposedBy(ApiSession session, String name) {
        for (JsonNode entry : session.json("/api/tenant/activity")) {
            if (entry.get("type").asString().equals("NeedProposedEvent") && name.equals(entry.path("actorName").asString())) {
                return true;
            }
        }
        return false;
    }
}
