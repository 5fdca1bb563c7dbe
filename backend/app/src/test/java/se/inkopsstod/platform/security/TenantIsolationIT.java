package se.inkopsstod.platform.security;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of this issue, called by someone who must not get at it: nobody logged in, a member
 * of another tenant, a vendor, association staff and a tenant member without the role. The
 * answer is 401/403/404 problem details that carry none of the data.
 */
@InkopsstodIntegrationTest
class TenantIsolationIT {

    @Test
    void nobodyLoggedInGets401OnTheApiAndALoginRedirectOnPages() {
        ApiSession anonymous = ApiSession.anonymous();

        for (String path : new String[]{"/api/me", "/api/tenant/members", "/api/tenant/activity", "/api/tenants",
                "/api/vendor-organisations"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(anonymous.post("/api/tenant/members", "{\"name\":\"A\",\"email\":\"a@b.se\",\"roles\":[\"USER\"]}")
                .statusCode()).isEqualTo(401);
        assertThat(anonymous.put("/api/tenant/members/x/roles", "{\"roles\":[\"USER\"]}").statusCode()).isEqualTo(401);
    }

    @Test
    void meShowsTheOrganisationAndRolesFromOurOwnRecords() {
        JsonNode buyer = ApiSession.login("fjallby-buyer1").json("/api/me");
        JsonNode vendor = ApiSession.login("skolsys-1").json("/api/me");
        JsonNode staff = ApiSession.login("staff").json("/api/me");

        assertThat(buyer.get("name").asString()).isEqualTo("Lena Åberg");
        assertThat(buyer.get("tenant").get("name").asString()).isEqualTo("Fjällby kommun");
        assertThat(buyer.get("roles").toString()).isEqualTo("[\"BUYER\"]");
        assertThat(vendor.get("tenant").isNull()).isTrue();
        assertThat(vendor.get("vendorOrganisation").get("name").asString()).isEqualTo("Skolsystem Norden AB");
        assertThat(vendor.get("roles").toString()).isEqualTo("[\"VENDOR\"]");
        assertThat(staff.get("tenant").isNull()).isTrue();
        assertThat(staff.get("roles").toString()).isEqualTo("[\"ASSOCIATION_STAFF\"]");
    }

    @Test
    void aTenantSeesOnlyItsOwnTeamAndCannotChangeAnotherTenantsMember() {
        ApiSession alvstad = ApiSession.login("alvstad-admin");
        ApiSession fjallby = ApiSession.login("fjallby-admin");
        String fjallbyBuyerId = memberId(fjallby, "mats.eriksson@fjallby.example");

        assertThat(alvstad.json("/api/tenant/members").toString()).doesNotContain("fjallby.example");

        HttpResponse<String> change = alvstad.put("/api/tenant/members/" + fjallbyBuyerId + "/roles",
                "{\"roles\":[\"TENANT_ADMIN\"]}");
        assertThat(change.statusCode()).isEqualTo(404);
        assertThat(change.body()).doesNotContain("Mats").doesNotContain("fjallby");
        assertThat(memberRoles(fjallby, "mats.eriksson@fjallby.example")).isEqualTo("[\"BUYER\"]");
    }

    @Test
    void aTenantsActivityIsItsOwn() {
        ApiSession alvstad = ApiSession.login("alvstad-buyer1");
        assertThat(alvstad.get("/api/tenant/activity").body()).doesNotContain("Fjällby").doesNotContain("Per Ström");
    }

    @Test
    void vendorsAndAssociationStaffCannotReachTenantRoutes() {
        ApiSession fjallby = ApiSession.login("fjallby-admin");
        String memberId = memberId(fjallby, "anna.sjoberg@fjallby.example");
        for (String username : new String[]{"edulab-1", "staff"}) {
            ApiSession outsider = ApiSession.login(username);
            assertForbiddenWithoutData(outsider.get("/api/tenant/members"));
            assertForbiddenWithoutData(outsider.get("/api/tenant/activity"));
            assertForbiddenWithoutData(outsider.post("/api/tenant/members",
                    "{\"name\":\"A\",\"email\":\"a-" + username + "@x.example\",\"roles\":[\"USER\"]}"));
            HttpResponse<String> change = outsider.put("/api/tenant/members/" + memberId + "/roles", "{\"roles\":[\"TENANT_ADMIN\"]}");
            assertThat(change.statusCode()).isIn(403, 404);
            assertThat(change.body()).doesNotContain("Anna");
        }
        assertThat(memberRoles(fjallby, "anna.sjoberg@fjallby.example")).isEqualTo("[\"USER\"]");
    }

    @Test
    void onlyTheTenantAdminManagesTheTeam() {
        ApiSession buyer = ApiSession.login("alvstad-buyer2");
        ApiSession user = ApiSession.login("alvstad-user1");
        String someone = memberId(buyer, "karin.holm@alvstad.example");

        assertThat(buyer.get("/api/tenant/members").statusCode()).isEqualTo(200);
        assertForbiddenWithoutData(buyer.post("/api/tenant/members", "{\"name\":\"A\",\"email\":\"a1@alvstad.example\",\"roles\":[\"USER\"]}"));
        assertForbiddenWithoutData(user.put("/api/tenant/members/" + someone + "/roles", "{\"roles\":[\"TENANT_ADMIN\"]}"));
    }

    @Test
    void onlyPlatformAdminsSeeTheTenantAndVendorDirectories() {
        for (String username : new String[]{"alvstad-admin", "edulab-2", "staff"}) {
            ApiSession session = ApiSession.login(username);
            assertForbiddenWithoutData(session.get("/api/tenants"));
            assertForbiddenWithoutData(session.get("/api/vendor-organisations"));
        }
        ApiSession admin = ApiSession.login("admin");
        assertThat(admin.json("/api/tenants").toString()).contains("Älvstads kommun", "Fjällby kommun", "Lärande Skolor AB");
        assertThat(admin.json("/api/vendor-organisations").toString()).contains("Edulab Lärplattformar AB");
        assertForbiddenWithoutData(admin.get("/api/tenant/members"));
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() {
        ApiSession admin = ApiSession.login("alvstad-admin");
        HttpResponse<String> response = admin.writeWithoutCsrf("POST", "/api/tenant/members",
                "{\"name\":\"A\",\"email\":\"csrf@alvstad.example\",\"roles\":[\"USER\"]}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(ApiSession.parse(response.body()).get("code").asString()).isEqualTo("csrf");
        assertThat(admin.json("/api/tenant/members").toString()).doesNotContain("csrf@alvstad.example");
    }

    private static void assertForbiddenWithoutData(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("@").doesNotContain("kommun");
    }

    private static String memberId(ApiSession session, String email) {
        for (JsonNode member : session.json("/api/tenant/members")) {
            if (member.get("email").asString().equals(email)) {
                return member.get("id").asString();
            }
        }
        throw new AssertionError("No member " + email);
    }

    private static String memberRoles(ApiSession session, String email) {
        for (JsonNode member : session.json("/api/tenant/members")) {
            if (member.get("email").asString().equals(email)) {
                return member.get("roles").toString();
            }
        }
        throw new AssertionError("No member " + email);
    }
}
