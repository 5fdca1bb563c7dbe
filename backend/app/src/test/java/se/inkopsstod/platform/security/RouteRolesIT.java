package se.inkopsstod.platform.security;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes that are one role's only refuse everyone else with 403 before the body is read: a broken
 * body from the wrong person is never judged (400), and the right person still hears about it.
 */
@InkopsstodIntegrationTest
class RouteRolesIT {

    private static final String BROKEN = "{\"broken";

    @Test
    void theWrongRoleHears403BeforeAnyValidation() {
        ApiSession teacher = ApiSession.login("fjallby-user1");
        Map<String, String> routes = Map.of(
                "POST /api/tenants", "PLATFORM_ADMIN",
                "POST /api/vendor-organisations", "PLATFORM_ADMIN",
                "POST /api/tenant/members", "TENANT_ADMIN",
                "PUT /api/tenant/schools", "TENANT_ADMIN",
                "POST /api/lessons", "BUYER",
                "POST /api/library/requirements", "ASSOCIATION_STAFF",
                "PUT /api/review/lessons/some-lesson", "ASSOCIATION_STAFF");
        routes.forEach((route, role) -> {
            String[] parts = route.split(" ");
            HttpResponse<String> answer = teacher.write(parts[0], parts[1], BROKEN, "application/json");
            assertThat(answer.statusCode()).as(route + " needs " + role).isEqualTo(403);
            assertThat(ApiSession.parse(answer.body()).get("code").asString()).isEqualTo("forbidden");
        });
    }

    @Test
    void theRightRoleStillHearsWhatIsWrongWithTheBody() {
        HttpResponse<String> answer = ApiSession.login("admin").write("POST", "/api/tenants", BROKEN, "application/json");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(ApiSession.parse(answer.body()).get("code").asString()).isEqualTo("malformed");
    }
}
