package se.inkopsstod.platform.security;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security headers on pages and API answers, the session cookie's attributes, an unknown route's
 * answer, the per-person request limit and the per-address limit on requests without a session.
 */
@InkopsstodIntegrationTest
class SecurityHeadersAndRateLimitIT {

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeadersAndTheSessionCookieStaysOnTheSite() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(DevStackInitializer.appBaseUrl() + "/upphandlingar"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(DevStackInitializer.appBaseUrl() + "/api/me"))
                .build(), HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> response : List.of(page, api)) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'", "form-action 'self'")
                    .doesNotContain("unsafe-eval");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(api.statusCode()).isEqualTo(401);
    }

    @Test
    void onePersonsFloodIsCutOffWithRetryAfterWhileOthersGoOn() throws Exception {
        ApiSession flooding = ApiSession.login("larande-user2");
        ApiSession other = ApiSession.login("larande-user1");
        List<HttpResponse<String>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                calls.add(pool.submit(() -> flooding.get("/api/me")));
            }
            for (Future<HttpResponse<String>> call : calls) {
                answers.add(call.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<HttpResponse<String>> limited = answers.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(limited).as("requests beyond the burst").isNotEmpty();
        assertThat(answers.stream().filter(r -> r.statusCode() == 200).count()).as("the burst itself").isGreaterThanOrEqualTo(200);
        assertThat(ApiSession.parse(limited.get(0).body()).get("code").asString()).isEqualTo("rate-limited");
        assertThat(limited.get(0).headers().firstValue("Retry-After")).isPresent();
        assertThat(other.get("/api/me").statusCode()).as("someone else is not limited").isEqualTo(200);
        Thread.sleep(1_100);
        assertThat(flooding.get("/api/me").statusCode()).as("the limit refills").isEqualTo(200);
    }

    @Test
    void anUnknownApiRouteIsAProblemThatNamesNoFileOrResource() {
        HttpResponse<String> unknown = ApiSession.login("fjallby-user1").get("/api/no-such-thing/at-all");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiSession.parse(unknown.body()).get("code").asString()).isEqualTo("not-found");
        assertThat(unknown.body()).doesNotContainIgnoringCase("static").doesNotContainIgnoringCase("resource");
    }

    /**
     * A flood without a session (here: from its own loopback address, 127.0.0.2, so the rest of the
     * suite keeps its budget) is cut off with 429 and Retry-After before Spring Security works on it.
     */
    @Test
    void requestsWithoutASessionAreLimitedPerAddress() throws Exception {
        URI app = URI.create(DevStackInitializer.appBaseUrl());
        String session = "Cookie: " + ApiSession.login("larande-admin").sessionCookie() + "\r\n";
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 160 && limited == 0; i++) {
            String answer = rawGet(app, "/api/me");
            if (answer.startsWith("HTTP/1.1 429")) {
                limited++;
                retryAfter = answer.lines().filter(l -> l.regionMatches(true, 0, "Retry-After:", 0, 12)).findFirst().orElse(null);
                assertThat(answer).contains("\"code\":\"rate-limited\"");
            } else {
                assertThat(answer).startsWith("HTTP/1.1 401");
            }
        }
        assertThat(limited).as("cut off within the burst of 100").isPositive();
        assertThat(retryAfter).isNotNull();
        // a logged-in session is limited per person, not per address; but a forged bearer token sent
        // along with a session is judged as a bearer call, from the address's (empty) bucket
        assertThat(rawGet(app, "/api/me", session)).startsWith("HTTP/1.1 200");
        int forgedLimited = 0;
        for (int i = 0; i < 30; i++) {
            if (rawGet(app, "/api/me", session + "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln\r\n")
                    .startsWith("HTTP/1.1 429")) {
                forgedLimited++;
            }
        }
        assertThat(forgedLimited).as("forged bearer calls riding on a session").isPositive();
        assertThat(ApiSession.anonymous().get("/api/me").statusCode()).as("another address is not limited").isEqualTo(401);
    }

    private static String rawGet(URI app, String path) throws java.io.IOException {
        return rawGet(app, path, "");
    }

    private static String rawGet(URI app, String path, String extraHeaders) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress("127.0.0.2", 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", app.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + app.getPort()
                    + "\r\nAccept: application/json\r\n" + extraHeaders + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
