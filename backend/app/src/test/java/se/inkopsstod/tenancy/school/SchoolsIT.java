package se.inkopsstod.tenancy.school;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The tenant admin keeps the huvudman's list of schools, and lessons are anonymised against it. */
@InkopsstodIntegrationTest
class SchoolsIT {

    @Test
    void theAdminListsTheSchoolsAndALessonNamingOneLosesTheName() {
        ApiSession admin = ApiSession.login("fjallby-admin");
        String school = "Skogsgläntan " + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        assertThat(admin.put("/api/tenant/schools", "{\"schools\":[\"Fjällbyskolan\",\" " + school + " \",\"Fjällbyskolan\"]}")
                .statusCode()).isEqualTo(200);
        assertThat(ApiSession.login("fjallby-user1").json("/api/tenant/schools").toString())
                .isEqualTo("[\"Fjällbyskolan\",\"" + school + "\"]");

        JsonNode preview = ApiSession.parse(ApiSession.login("fjallby-buyer1").post("/api/lessons/preview",
                "{\"whatWorked\":\"Lärarna på " + school + " testade först.\"}").body());
        assertThat(preview.get("whatWorked").get("text").asString()).isEqualTo("Lärarna på [skola] testade först.");
        assertThat(preview.get("whatWorked").get("removals").get(0).get("kind").asString()).isEqualTo("SCHOOL");
    }

    @Test
    void onlyTheTenantAdminChangesTheListAndOnlyMembersReadIt() {
        assertThat(ApiSession.login("fjallby-buyer2").put("/api/tenant/schools", "{\"schools\":[\"X\"]}").statusCode()).isEqualTo(403);
        assertThat(ApiSession.login("staff").get("/api/tenant/schools").statusCode()).isEqualTo(403);
        assertThat(ApiSession.login("edulab-1").get("/api/tenant/schools").statusCode()).isEqualTo(403);
        ApiSession admin = ApiSession.login("larande-admin");
        assertThat(admin.put("/api/tenant/schools", "{\"schools\":[\"" + "x".repeat(201) + "\"]}").statusCode()).isEqualTo(400);
        assertThat(admin.put("/api/tenant/schools", "{}").statusCode()).isEqualTo(400);
        assertThat(admin.json("/api/tenant/schools").toString()).contains("Lärande Skolor Centrum");
        assertThat(ApiSession.login("alvstad-admin").json("/api/tenant/schools").toString()).doesNotContain("Lärande");
    }
}
