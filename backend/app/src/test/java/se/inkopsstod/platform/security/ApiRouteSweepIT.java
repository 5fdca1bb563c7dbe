package se.inkopsstod.platform.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import se.inkopsstod.outcomes.OutcomesApi;
import se.inkopsstod.testing.ApiRoutes;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.CliTokens;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.SampleBodies;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every API route of the application's own route table (so a new route is covered the day
 * it is added) with the ids of one huvudman's data and, for a write, a body that passes the
 * route's validation (built from its request type), as: nobody logged in, the owner's own ID token
 * sent as a bearer token, another huvudman's
 * administrator and buyer, a teacher of the same huvudman who is not on the team, a vendor invited
 * to another procurement but not this one, association staff and the platform administrator.
 * Each gets 401, 403 or 404 — never a 400, which would mean validation ran before the access
 * check, not even for a broken body — not a word of the data, and nothing is stored. The only 2xx answers allowed are on the
 * caller's own things (their own lists, their profile).
 */
@InkopsstodIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRouteSweepIT {

    private static final String SECRET = "Hemligt-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)}");
    /** Routes about the caller's own things: without an id of someone else's, a 2xx is fine if it carries nothing of theirs. */
    private static final Set<String> OWN = Set.of("/api/me", "/api/procurements", "/api/process-map", "/api/library/requirements",
            "/api/vendor-directory", "/api/tenant/members", "/api/tenant/activity", "/api/tenant/schools", "/api/lessons",
            "/api/lessons/preview", "/api/insights/benchmarks", "/api/insights/benchmarks/mine", "/api/insights/lessons",
            "/api/review/lessons", "/api/vendor/procurements", "/api/questions/unanswered", "/api/follow-ups", "/api/notifications", "/api/notifications/read-all", "/api/notifications/preferences", "/api/tenants", "/api/vendor-organisations", "/api/insights/rebuild",
            // the shared library and the staff's review are platform-wide by design, not a tenant's data
            "/api/library/requirements/{templateId}", "/api/library/requirements/{templateId}/retire",
            "/api/review/lessons/{lessonId}", "/api/review/lessons/{lessonId}/approve", "/api/review/lessons/{lessonId}/reject");
    /** Ends the caller's sessions, so it is swept after every other route. */
    private static final String LOGOUT_EVERYWHERE = "/api/me/logout-everywhere";
    /** Query parameters a route needs, so that it is refused for who is asking and not for a missing parameter. */
    private static final Map<String, String> QUERIES = Map.of("/api/procurements/{procurementId}/comments", "?itemId={needId}",
            "/api/procurements/{procurementId}/as-of", "?at=2030-01-01T00:00:00Z");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private final Map<String, String> ids = new java.util.HashMap<>();
    private String followUpProcurement;

    @BeforeAll
    void aHuvudmansData() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        String procurement = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"%s","category":"assessment","procedure":"OPEN","estimatedValueSek":100000}""".formatted(SECRET)).body())
                .get("id").asString();
        String base = "/api/procurements/" + procurement;
        String need = ApiSession.parse(buyer.post(base + "/needs", """
                {"statement":"%s behov","perspective":"teacher","schoolProcess":"assessment","priority":"HIGH"}""".formatted(SECRET))
                .body()).get("id").asString();
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"%s krav","kind":"MANDATORY","category":"FUNCTION","needIds":["%s"]}""".formatted(SECRET, need)).body())
                .get("id").asString();
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"MARKET_DIALOGUE\"}").statusCode()).isEqualTo(200);
        String edulab = null;
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            if (vendor.get("name").asString().startsWith("Edulab")) {
                edulab = vendor.get("id").asString();
            }
        }
        assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"" + edulab + "\"}").statusCode()).isEqualTo(200);
        // Skolsystem Norden is invited to another procurement of the same huvudman, not to this one
        String other = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"Annan upphandling","category":"assessment","procedure":"OPEN","estimatedValueSek":100000}""").body())
                .get("id").asString();
        assertThat(buyer.put("/api/procurements/" + other + "/phase", "{\"phase\":\"MARKET_DIALOGUE\"}").statusCode()).isEqualTo(200);
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            if (vendor.get("name").asString().startsWith("Skolsystem")) {
                assertThat(buyer.post("/api/procurements/" + other + "/vendors",
                        "{\"vendorOrganisationId\":\"" + vendor.get("id").asString() + "\"}").statusCode()).isEqualTo(200);
            }
        }
        String question = ApiSession.parse(ApiSession.login("edulab-1").post("/api/vendor/procurements/" + procurement + "/questions",
                "{\"text\":\"" + SECRET + " fråga\"}").body()).get("id").asString();
        // a lesson is written to be shared (once approved): its text is no secret of the tenant's
        String lesson = ApiSession.parse(buyer.post("/api/lessons", """
                {"whatWorked":"Tydliga krav gav jämförbara anbud.","category":"REQUIREMENTS","phase":"REQUIREMENTS"}""").body())
                .get("id").asString();
        followUpProcurement = OutcomesApi.implementedProcurement(buyer, SECRET + " uppföljning").procurementId();
        assertThat(buyer.post("/api/procurements/" + followUpProcurement + "/follow-up", "{}").statusCode()).isEqualTo(201);
        ids.putAll(Map.of("procurementId", procurement, "needId", need, "requirementId", requirement, "questionId", question,
                "vendorOrganisationId", edulab, "lessonId", lesson,
                "memberId", buyer.json("/api/me").get("id").asString(),
                "templateId", ApiSession.login("staff").json("/api/library/requirements").get(0).get("id").asString()));
        // the buyer's team hears of the vendor's question: that notification is the buyer's alone
        ids.put("notificationId", await().atMost(Duration.ofSeconds(30)).until(() -> notificationOf(buyer, procurement), id -> id != null));
    }

    private static String notificationOf(ApiSession buyer, String procurement) {
        for (JsonNode item : buyer.json("/api/notifications").get("items")) {
            if (procurement.equals(item.path("procurementId").asString(null))) {
                return item.get("id").asString();
            }
        }
        return null;
    }

    @Test
    void nobodyLoggedInGets401Everywhere() {
        sweep(ApiSession.anonymous(), "anonymous", Set.of(401));
    }

    @Test
    void theOwnersIdTokenAsABearerTokenGets401Everywhere() {
        // the ID token of the very buyer who owns the data: a login proof for a client, not an API credential
        sweep(ApiSession.bearer(CliTokens.of("larande-buyer1").idToken()), "larande-buyer1's ID token", Set.of(401));
    }

    @Test
    void anotherHuvudmansBuyerGetsNothing() {
        sweep(ApiSession.login("alvstad-buyer1"), "alvstad-buyer1", Set.of(401, 403, 404));
    }

    @Test
    void anotherHuvudmansAdministratorGetsNothing() {
        sweep(ApiSession.login("alvstad-admin"), "alvstad-admin", Set.of(401, 403, 404));
    }

    @Test
    void aTeacherOfTheSameHuvudmanOffTheTeamGetsNothing() {
        // not larande-user2: SecurityHeadersAndRateLimitIT floods as that person and needs a full bucket
        sweep(ApiSession.login("larande-user1"), "larande-user1", Set.of(401, 403, 404));
    }

    @Test
    void aVendorInvitedToAnotherProcurementGetsNothingOfThisOne() {
        sweep(ApiSession.login("skolsys-1"), "skolsys-1", Set.of(401, 403, 404));
    }

    @Test
    void associationStaffGetNothingOfTheTenant() {
        sweep(ApiSession.login("staff"), "staff", Set.of(401, 403, 404));
    }

    @Test
    void thePlatformAdministratorGetsNothingOfTheTenant() {
        sweep(ApiSession.login("admin"), "admin", Set.of(401, 403, 404));
    }

    private void sweep(ApiSession caller, String who, Set<Integer> refused) {
        List<String> failures = new ArrayList<>();
        TreeSet<String> swept = new TreeSet<>();
        for (ApiRoutes.Route route : ApiRoutes.of(routes)) {
            String pattern = route.pattern();
            RequestMethod method = route.method();
            if (pattern.endsWith("/stream")) {
                continue; // streams are swept in WorkspaceIsolationIT
            }
            if (pattern.equals(LOGOUT_EVERYWHERE)) {
                continue; // it would end the caller's session and turn the rest of the sweep into 401s: swept last
            }
            String path = path(pattern);
            swept.add(method + " " + pattern);
            long eventsBefore = events();
            HttpResponse<String> answer = method == RequestMethod.GET
                    ? caller.get(path) : caller.write(method.name(), path, body(route), "application/json");
            int status = answer.statusCode();
            // the caller's own things may answer, or refuse a body, as for anyone
            boolean ownThing = OWN.contains(pattern) && (status / 100 == 2 || status / 100 == 4);
            if (!refused.contains(status) && !(ownThing && !refused.equals(Set.of(401)))) {
                failures.add(method + " " + path + " → " + status + " " + abbreviate(answer.body()));
            }
            if (!OWN.contains(pattern) && events() != eventsBefore) {
                failures.add(method + " " + path + " → " + status + " stored something");
            }
            if (method != RequestMethod.GET && !OWN.contains(pattern)) {
                // a broken body must not be judged before the caller is: validation after authorisation
                HttpResponse<String> broken = caller.write(method.name(), path, "{\"broken", "application/json");
                if (!refused.contains(broken.statusCode())) {
                    failures.add(method + " " + path + " with a broken body → " + broken.statusCode() + " " + abbreviate(broken.body()));
                }
            }
            if (answer.body().contains(SECRET)) {
                failures.add(method + " " + path + " → " + status + " leaked the data: " + abbreviate(answer.body()));
            }
        }
        // the caller's own sessions (everyone may end theirs); nobody logged in and an ID token get 401
        HttpResponse<String> logout = caller.write("POST", LOGOUT_EVERYWHERE, "{}", "application/json");
        swept.add("POST " + LOGOUT_EVERYWHERE);
        boolean ended = logout.statusCode() == 204 && !refused.equals(Set.of(401));
        if (!refused.contains(logout.statusCode()) && !ended) {
            failures.add("POST " + LOGOUT_EVERYWHERE + " → " + logout.statusCode() + " " + abbreviate(logout.body()));
        }
        assertThat(swept).as("the sweep found the routes").hasSizeGreaterThan(60);
        assertThat(failures).as(who + " on " + swept.size() + " routes").isEmpty();
    }

    /** A body the route's validation accepts, so that the sweep reaches the route's access check. */
    private String body(ApiRoutes.Route route) {
        return route.bodyType() == null ? "{}" : json.writeValueAsString(SampleBodies.of(route.bodyType()));
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private String path(String pattern) {
        String withQuery = pattern + QUERIES.getOrDefault(pattern, "");
        String base = pattern.contains("/follow-up") ? withQuery.replace("{procurementId}", followUpProcurement) : withQuery;
        Matcher m = VARIABLE.matcher(base);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(ids.getOrDefault(m.group(1), UUID.randomUUID().toString())));
        }
        m.appendTail(path);
        return path.toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
