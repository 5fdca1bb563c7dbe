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

    /**
     * @param providerSession the cookies of the browser that logged in at the provider: its
     *                        session there, which {@link #logOut} ends
     */
    public record Tokens(String accessToken, String idToken, CookieManager providerSession) {
    }

    private CliTokens() {
    }

    public static Tokens of(String username) {
        return of(username, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    /**
     * The tokens got in a browser with these cookies: if it is logged in at the provider already
     * (say, to the app), the provider session is reused without a login form, as a browser's is.
     */
    public static Tokens of(String username, CookieManager cookies) {
        try {
            String issuer = DevStackInitializer.issuer();
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
            String location = stay.send(HttpRequest.newBuilder(authorize).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElse("");
            if (!location.contains("code=")) {
                location = logIn(username, authorize, follow, stay);
            }
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
            return new Tokens(body.get("access_token").asString(), body.get("id_token").asString(), cookies);
        } catch (Exception e) {
            throw new IllegalStateException("Could not get tokens for " + username, e);
        }
    }

    /** Logs in at the provider's form; the authorization request then redirects with a code. */
    private static String logIn(String username, URI authorize, HttpClient follow, HttpClient stay) throws Exception {
        String issuer = DevStackInitializer.issuer();
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
        return redirect.headers().firstValue("Location").orElseThrow();
    }

    /**
     * Logs the provider session of these tokens out as the browser that logged in would: the
     * provider's end-session endpoint with the ID token as hint and the provider's session cookie.
     *
     * @return the status of the end-session endpoint's answer (a redirect when it succeeded)
     */
    public static int logOut(Tokens tokens) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(tokens.providerSession())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        URI endSession = URI.create(DevStackInitializer.issuer() + "/connect/logout?id_token_hint=" + encode(tokens.idToken())
                + "&client_id=" + CLIENT);
        return send(browser, HttpRequest.newBuilder(endSession).header("Accept", "text/html").GET()).statusCode();
    }

    /**
     * Revokes a token as a scripted client would (RFC 7009): the public client identifies itself
     * by its id alone.
     *
     * @return the status of the revocation endpoint's answer (200 when it succeeded)
     */
    public static int revoke(String token) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return send(client, HttpRequest.newBuilder(URI.create(DevStackInitializer.issuer() + "/oauth2/revoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + encode(token) + "&token_type_hint=access_token&client_id="
                        + CLIENT))).statusCode();
    }

    /** The provider's token introspection answer for a token, asked as the app asks it. */
    public static JsonNode introspect(String token, String clientId, String clientSecret) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = send(client, HttpRequest.newBuilder(URI.create(DevStackInitializer.issuer() + "/oauth2/introspect"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("token=" + encode(token))));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Introspection answered " + answer.statusCode() + ": " + answer.body());
        }
        return JsonMapper.builder().build().readTree(answer.body());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
