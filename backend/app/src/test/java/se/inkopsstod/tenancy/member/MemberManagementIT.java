package se.inkopsstod.tenancy.member;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A tenant admin builds the team through the API; bad input is refused with problem details and stores nothing. */
@InkopsstodIntegrationTest
class MemberManagementIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberIdOfAnotherTenantOrOfNobodyIsNotFoundBeforeTheBodyIsRead() {
        ApiSession admin = ApiSession.login("fjallby-admin");
        String larandeMember = ApiSession.login("larande-user2").json("/api/me").get("id").asString();
        for (String id : new String[]{larandeMember, "%20", UUID.randomUUID().toString()}) {
            HttpResponse<String> broken = admin.put("/api/tenant/members/" + id + "/roles", "{\"roles\":");
            assertThat(broken.statusCode()).as(id).isEqualTo(404);
            assertThat(ApiSession.parse(broken.body()).get("code").asString()).isEqualTo("not-found");
        }
    }

    @Test
    void adminAddsMemberAndChangesTheirRoles() {
        ApiSession admin = ApiSession.login("alvstad-admin");
        String email = "new-" + UUID.randomUUID() + "@alvstad.example";

        HttpResponse<String> added = admin.post("/api/tenant/members",
                "{\"name\":\"Nora Nyberg\",\"email\":\"" + email + "\",\"roles\":[\"USER\"]}");
        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode member = ApiSession.parse(added.body());
        assertThat(member.get("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(member.get("active").asBoolean()).isFalse();
        assertThat(added.headers().firstValue("Location")).hasValue("/api/tenant/members/" + member.get("id").asString());

        HttpResponse<String> changed = admin.put("/api/tenant/members/" + member.get("id").asString() + "/roles",
                "{\"roles\":[\"BUYER\",\"USER\"]}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(ApiSession.parse(changed.body()).get("roles").toString()).isEqualTo("[\"BUYER\",\"USER\"]");

        assertThat(admin.json("/api/tenant/members").toString()).contains(email);
    }

    @Test
    void roleChangeTakesEffectAtTheMembersNextRequest() {
        ApiSession admin = ApiSession.login("larande-admin");
        ApiSession user = ApiSession.login("larande-user2");
        String userId = user.json("/api/me").get("id").asString();
        assertThat(user.post("/api/tenant/members", "{\"name\":\"X\",\"email\":\"x-" + UUID.randomUUID()
                + "@larande.example\",\"roles\":[\"USER\"]}").statusCode()).isEqualTo(403);

        assertThat(admin.put("/api/tenant/members/" + userId + "/roles", "{\"roles\":[\"USER\",\"TENANT_ADMIN\"]}").statusCode())
                .isEqualTo(200);
        assertThat(user.json("/api/me").get("roles").toString()).contains("TENANT_ADMIN");

        assertThat(admin.put("/api/tenant/members/" + userId + "/roles", "{\"roles\":[\"USER\"]}").statusCode()).isEqualTo(200);
        assertThat(user.json("/api/me").get("roles").toString()).isEqualTo("[\"USER\"]");
    }

    @Test
    void lastAdminCannotBeDemoted() {
        ApiSession admin = ApiSession.login("fjallby-admin");
        String adminId = admin.json("/api/me").get("id").asString();

        HttpResponse<String> response = admin.put("/api/tenant/members/" + adminId + "/roles", "{\"roles\":[\"BUYER\"]}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiSession.parse(response.body()).get("code").asString()).isEqualTo("tenant.last-admin");
        assertThat(admin.json("/api/me").get("roles").toString()).isEqualTo("[\"TENANT_ADMIN\"]");
    }

    @Test
    void emailAlreadyInUseAnywhereIsAConflict() {
        ApiSession admin = ApiSession.login("alvstad-admin");

        HttpResponse<String> sameTenant = admin.post("/api/tenant/members",
                "{\"name\":\"Karin\",\"email\":\"KARIN.HOLM@alvstad.example\",\"roles\":[\"USER\"]}");
        HttpResponse<String> otherTenant = admin.post("/api/tenant/members",
                "{\"name\":\"Per\",\"email\":\"per.strom@fjallby.example\",\"roles\":[\"USER\"]}");

        assertThat(sameTenant.statusCode()).isEqualTo(409);
        assertThat(ApiSession.parse(sameTenant.body()).get("code").asString()).isEqualTo("member.email-taken");
        assertThat(otherTenant.statusCode()).isEqualTo(409);
        // the answer must not reveal where the address is in use
        assertThat(otherTenant.body()).doesNotContain("Fjällby").doesNotContain("Per Ström");
    }

    @Test
    void badInputGetsProblemDetailsAndStoresNothing() {
        ApiSession admin = ApiSession.login("alvstad-admin");
        long eventsBefore = eventCount();
        String tooLong = "x".repeat(201);

        HttpResponse<String> malformed = admin.post("/api/tenant/members", "{\"name\":");
        HttpResponse<String> missing = admin.post("/api/tenant/members", "{}");
        HttpResponse<String> overlong = admin.post("/api/tenant/members",
                "{\"name\":\"" + tooLong + "\",\"email\":\"a@alvstad.example\",\"roles\":[\"USER\"]}");
        HttpResponse<String> badEmail = admin.post("/api/tenant/members",
                "{\"name\":\"A\",\"email\":\"not-an-email\",\"roles\":[\"USER\"]}");
        HttpResponse<String> unknownRole = admin.post("/api/tenant/members",
                "{\"name\":\"A\",\"email\":\"a@alvstad.example\",\"roles\":[\"KING\"]}");
        HttpResponse<String> platformRole = admin.post("/api/tenant/members",
                "{\"name\":\"A\",\"email\":\"a@alvstad.example\",\"roles\":[\"PLATFORM_ADMIN\"]}");
        HttpResponse<String> wrongType = admin.write("POST", "/api/tenant/members", "name=A", "text/plain");
        HttpResponse<String> unknownMember = admin.put("/api/tenant/members/" + UUID.randomUUID() + "/roles", "{\"roles\":[\"USER\"]}");
        HttpResponse<String> absurdId = admin.put("/api/tenant/members/" + "9".repeat(300) + "/roles", "{\"roles\":[\"USER\"]}");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(fields(missing)).contains("name", "email", "roles");
        assertThat(overlong.statusCode()).isEqualTo(400);
        assertThat(fields(overlong)).contains("name");
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(fields(badEmail)).contains("email");
        assertThat(unknownRole.statusCode()).isEqualTo(400);
        assertThat(platformRole.statusCode()).isEqualTo(400);
        assertThat(ApiSession.parse(platformRole.body()).get("code").asString()).isEqualTo("member.roles-invalid");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(unknownMember.statusCode()).isEqualTo(404);
        assertThat(absurdId.statusCode()).isEqualTo(404);
        for (HttpResponse<String> response : new HttpResponse[]{malformed, missing, overlong, badEmail, unknownRole,
                platformRole, wrongType, unknownMember, absurdId}) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at se.inkopsstod");
        }
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    private static String fields(HttpResponse<String> response) {
        return ApiSession.parse(response.body()).path("errors").toString();
    }

    private long eventCount() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }
}
