package se.inkopsstod.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens a scripted client gets from the development provider, as docs/api/login-with-curl.sh
 * gets them: the public client {@code inkopsstod-cli}, authorization code with PKCE, the demo
 * password. Both the access token and the ID token, so tests can show which one the API takes.
 */
public final class CliTokens {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String CLIENT = "inkopsstod-cli";
    private static final String REDIRECT = "http://127.0.0.1:8765/callback";

    public record Tokens(String accessToken, String idToken) {
    }

    private CliTokens() {
    }

    public static Tokens of(String username) {
        try {
            String issuer = DevStackInitializer.issuer();
            CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
            HttpClient follow = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpClient stay = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            URI authorize = URI.create(issuer + "/oauth2/authorize?response_type=code&client_id=" + CLIENT
                    + "&scope=openid%20profile%20email&redirect_uri=" + encode(REDIRECT) + "&state=s1&code_challenge="
                    + challenge + "&code_challenge_method=S256");
            HttpResponse<String> loginPage = follow.send(HttpRequest.newBuilder(authorize).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(loginPage.body());
            if (!csrf.find()) {
                throw new IllegalStateException("No login form at " + loginPage.uri());
            }
            stay.send(HttpRequest.newBuilder(URI.create(issuer + "/login")).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=demo&_csrf="
                            + encode(csrf.group(1)))).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> redirect = stay.send(HttpRequest.newBuilder(authorize).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = redirect.headers().firstValue("Location").orElseThrow();
            Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            if (!code.find()) {
                throw new IllegalStateException("No code in " + location);
            }
            HttpResponse<String> token = stay.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code.group(1)
                            + "&redirect_uri=" + encode(REDIRECT) + "&client_id=" + CLIENT + "&code_verifier=" + verifier))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JsonMapper.builder().build().readTree(token.body());
            return new Tokens(body.get("access_token").asString(), body.get("id_token").asString());
        } catch (Exception e) {
            throw new IllegalStateException("Could not get tokens for " + username, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
