package se.inkopsstod.platform.web;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * Problem details in the caller's language: Swedish by default and for Accept-Language sv, English on
 * request: the rules of an aggregate, bean validation of a field, the roles a route needs, the procurement
 * gate and the security filters.
 */
@InkopsstodIntegrationTest
class ProblemLanguageIT {

    @Test
    void problemsAreToldInSwedishUnlessTheCallerAsksForEnglish() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession teacher = ApiSession.login("larande-user1");
        String procurement = procurementWithTeam(buyer, teacher);
        String base = "/api/procurements/" + procurement;

        // bean validation of a field
        String blankNeed = "{\"statement\":\"  \",\"perspective\":\"teacher\",\"schoolProcess\":\"teaching\",\"priority\":\"HIGH\"}";
        JsonNode svField = ApiSession.parse(buyer.speaking(null).post(base + "/needs", blankNeed).body());
        assertThat(svField.get("detail").asString()).isEqualTo("Några fält är inte giltiga.");
        assertThat(svField.get("errors").get(0).get("message").asString()).isEqualTo("Fyll i det här fältet.");
        JsonNode enField = ApiSession.parse(buyer.speaking("en-GB,en;q=0.9").post(base + "/needs", blankNeed).body());
        assertThat(enField.get("errors").get(0).get("message").asString()).isEqualTo("Fill this in.");

        // an aggregate's rule with an argument (a phase, looked up as a word)
        HttpResponse<String> svPhase = buyer.speaking("sv-SE,sv;q=0.9,en;q=0.5").put(base + "/phase", "{\"phase\":\"IMPLEMENTATION\"}");
        assertThat(svPhase.statusCode()).isEqualTo(409);
        assertThat(ApiSession.parse(svPhase.body()).get("detail").asString())
                .startsWith("En upphandling i fasen behovsanalys kan inte gå till genomförande.");
        assertThat(ApiSession.parse(buyer.speaking("en").put(base + "/phase", "{\"phase\":\"IMPLEMENTATION\"}").body())
                .get("detail").asString()).startsWith("A procurement in needs analysis cannot move to implementation.");
        assertThat(ApiSession.parse(svPhase.body()).get("code").asString()).as("the code stays the same")
                .isEqualTo("procurement.phase-transition");

        // the roles a route needs, and the gate of a procurement one cannot see
        HttpResponse<String> roles = teacher.speaking("sv").put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}");
        assertThat(roles.statusCode()).isEqualTo(403);
        assertThat(ApiSession.parse(roles.body()).get("detail").asString()).doesNotContain("This needs", "Only");
        JsonNode stranger = ApiSession.parse(ApiSession.login("alvstad-buyer1").speaking("sv").get(base).body());
        assertThat(stranger.get("detail").asString()).isEqualTo("Upphandlingen finns inte.");

        // a security filter: no login
        JsonNode anonymous = ApiSession.parse(ApiSession.anonymous().speaking("sv").get("/api/procurements").body());
        assertThat(anonymous.get("detail").asString()).isEqualTo("Logga in först.");
    }
}
