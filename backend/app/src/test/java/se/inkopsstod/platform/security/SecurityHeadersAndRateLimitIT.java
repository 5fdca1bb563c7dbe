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

/** Security headers on pages and API answers, the session cookie's attributes, and the per-person request limit. */
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
                    .contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-eval");
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
}
