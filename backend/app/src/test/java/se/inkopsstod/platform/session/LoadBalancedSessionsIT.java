package se.inkopsstod.platform.session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.ChildProcessInstance;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.LoadBalancer;
import se.inkopsstod.testing.SseStream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * Two instances behind a real HAProxy, round robin and no stickiness, as in production: the
 * browser's session lives in PostgreSQL, so whichever instance answers knows who is logged in.
 * The login's redirects, reads, CSRF-protected edits and live streams hop between the instances;
 * one of them dies (kill -9) and the session carries on on the other. Log out and log out
 * everywhere end sessions on every instance.
 */
@InkopsstodIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the application is up before @BeforeAll
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancedSessionsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    JdbcClient jdbc;

    private ChildProcessInstance child;
    private LoadBalancer balancer;

    @BeforeAll
    void startASecondInstanceAndALoadBalancer() {
        child = ChildProcessInstance.start();
        balancer = LoadBalancer.start(URI.create(DevStackInitializer.appBaseUrl()).getPort(), DevStackInitializer.secondAppPort());
    }

    @AfterAll
    void stopThem() throws InterruptedException {
        if (balancer != null) {
            balancer.close();
        }
        if (child != null) {
            child.close();
        }
    }

    @Test
    @Order(1)
    void aLoginThroughTheBalancerHoldsOnBothInstances() {
        // the login's redirects go through the balancer: the authorization request one instance saved
        // in the session is found by whichever instance the provider's redirect back reaches
        ApiSession browser = ApiSession.login("fjallby-buyer2", balancer.baseUrl());

        long loggedIn = System.nanoTime();
        Instant accessWritten = lastAccessed(sessionId(browser));
        Set<String> servedBy = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> me = browser.get("/api/me");
            assertThat(me.statusCode()).as("GET /api/me, request " + i).isEqualTo(200);
            people.add(ApiSession.parse(me.body()).get("id").asString());
            servedBy.add(me.headers().firstValue(LoadBalancer.SERVED_BY).orElseThrow());
        }
        assertThat(people).as("the same person every time").hasSize(1);
        assertThat(servedBy).as("round robin: both instances answered").containsExactlyInAnyOrder("app1", "app2");
        if (Duration.ofNanos(System.nanoTime() - loggedIn).compareTo(Duration.ofSeconds(25)) < 0) {
            assertThat(lastAccessed(sessionId(browser))).as("within the touch interval the requests wrote nothing")
                    .isEqualTo(accessWritten);
        }
    }

    @Test
    @Order(0)
    void theSessionCookieKeepsItsSettings() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(balancer.baseUrl() + "/upphandlingar")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Path=/");
        assertThat(rows(cookie.substring("SESSION=".length(), cookie.indexOf(';')))).as("the page's pending login is stored").isEqualTo(1);
    }

    @Test
    @Order(2)
    void editsWithCsrfAndALiveStreamWorkAcrossInstances() {
        ApiSession buyer = ApiSession.login("fjallby-buyer2", balancer.baseUrl());
        ApiSession member = ApiSession.login("fjallby-user2", balancer.baseUrl());
        String procurement = procurementWithTeam(buyer, member);
        String needs = "/api/procurements/" + procurement + "/needs";
        HttpResponse<String> created = buyer.post(needs, """
                {"statement":"Schemat syns i mobilen","perspective":"student","schoolProcess":"scheduling","priority":"MEDIUM"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String need = ApiSession.parse(created.body()).get("id").asString();

        try (SseStream stream = member.stream("/api/procurements/" + procurement + "/stream", null)) {
            assertThat(stream.status()).isEqualTo(200);
            stream.next(e -> "ready".equals(e.name()), WAIT);
            Set<String> servedBy = new HashSet<>();
            for (int version = 1; version <= 4; version++) {
                HttpResponse<String> edit = buyer.write("PATCH", needs + "/" + need, "{\"baseVersion\":" + version
                        + ",\"changes\":{\"priority\":\"" + (version % 2 == 0 ? "LOW" : "HIGH") + "\"}}", "application/json");
                assertThat(edit.statusCode()).as("edit to version " + (version + 1) + ": " + edit.body()).isEqualTo(200);
                servedBy.add(edit.headers().firstValue(LoadBalancer.SERVED_BY).orElseThrow());
                int expected = version + 1;
                SseStream.Event seen = stream.next(e -> "change".equals(e.name()) && need.equals(e.data().get("itemId").asString())
                        && e.data().get("version").asLong() == expected, WAIT);
                assertThat(seen.data().get("type").asString()).isEqualTo("NeedEdited");
            }
            assertThat(servedBy).as("the edits went to both instances").containsExactlyInAnyOrder("app1", "app2");
        }
        // a write without the CSRF token is still refused, whichever instance gets it
        for (int i = 0; i < 2; i++) {
            assertThat(buyer.writeWithoutCsrf("PATCH", needs + "/" + need, "{\"baseVersion\":5,\"changes\":{\"priority\":\"LOW\"}}")
                    .statusCode()).isEqualTo(403);
        }
    }

    @Test
    @Order(3)
    void logoutEverywhereEndsEverySessionOfThePerson() {
        ApiSession laptop = ApiSession.login("alvstad-user2", balancer.baseUrl());
        ApiSession phone = ApiSession.login("alvstad-user2", balancer.baseUrl());
        ApiSession someoneElse = ApiSession.login("fjallby-user2", balancer.baseUrl());
        assertThat(laptop.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(phone.get("/api/me").statusCode()).isEqualTo(200);
        String principal = principalOf(laptop);
        assertThat(principal).as("the OIDC subject is stored with the session").isNotBlank();
        assertThat(principalOf(phone)).isEqualTo(principal);

        HttpResponse<String> everywhere = laptop.post("/api/me/logout-everywhere", "");
        assertThat(everywhere.statusCode()).as(everywhere.body()).isEqualTo(204);

        for (int i = 0; i < 2; i++) { // on both instances
            assertThat(laptop.get("/api/me").statusCode()).isEqualTo(401);
            assertThat(phone.get("/api/me").statusCode()).isEqualTo(401);
        }
        assertThat(jdbc.sql("select count(*) from web_session where principal = ?").param(principal).query(Long.class).single())
                .isZero();
        assertThat(someoneElse.get("/api/me").statusCode()).as("another person's session stays").isEqualTo(200);
        // CSRF applies: without the token the sessions are not ended
        assertThat(someoneElse.writeWithoutCsrf("POST", "/api/me/logout-everywhere", "").statusCode()).isEqualTo(403);
        assertThat(someoneElse.get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void logoutDeletesTheSession() {
        ApiSession browser = ApiSession.login("fjallby-buyer2", balancer.baseUrl());
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
        String id = sessionId(browser);
        assertThat(rows(id)).isEqualTo(1);

        browser.logOut();

        assertThat(rows(id)).as("the row is deleted").isZero();
        for (int i = 0; i < 2; i++) {
            assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        }
    }

    @Test
    @Order(5)
    void theSessionOutlivesAnInstanceKilledWithoutWarning() throws InterruptedException {
        ApiSession browser = ApiSession.login("fjallby-buyer2", balancer.baseUrl());
        String person = browser.json("/api/me").get("id").asString();

        child.kill();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> balancer.serverStates(), states -> Map.of("app1", "UP", "app2", "DOWN").equals(states));

        for (int i = 0; i < 4; i++) {
            HttpResponse<String> me = browser.get("/api/me");
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(ApiSession.parse(me.body()).get("id").asString()).isEqualTo(person);
            assertThat(me.headers().firstValue(LoadBalancer.SERVED_BY)).contains("app1");
        }
    }

    private String sessionId(ApiSession browser) {
        return browser.sessionCookie().substring("SESSION=".length());
    }

    private long rows(String id) {
        return jdbc.sql("select count(*) from web_session where id = ?").param(id).query(Long.class).single();
    }

    private Instant lastAccessed(String id) {
        return jdbc.sql("select last_accessed_at from web_session where id = ?").param(id).query(Timestamp.class).single().toInstant();
    }

    private String principalOf(ApiSession browser) {
        return jdbc.sql("select principal from web_session where id = ?").param(sessionId(browser)).query(String.class).single();
    }
}
