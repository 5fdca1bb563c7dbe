package se.inkopsstod.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.CliTokens;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.net.http.HttpResponse;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scripted client's bearer token works; the ID token the same login hands out does not, on
 * reads and writes alike (bearer writes need no CSRF token, so an accepted ID token would be a
 * full credential). A token dies with the provider session it was issued in and when its client
 * revokes it: the app asks the provider (token introspection), believing an "active" for
 * {@link DevStackInitializer#INTROSPECTION_CACHE}.
 */
@InkopsstodIntegrationTest
class BearerTokenIT {

    private static final String WRITE = """
            {"title":"Efter utloggning","category":"assessment","procedure":"OPEN","estimatedValueSek":1}""";

    @Autowired
    InkopsstodSecurityProperties security;

    @Test
    void theAccessTokenCallsTheApi() {
        CliTokens.Tokens tokens = CliTokens.of("fjallby-buyer2");
        HttpResponse<String> me = ApiSession.bearer(tokens.accessToken()).get("/api/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(ApiSession.parse(me.body()).get("roles").toString()).contains("BUYER");
        assertThat(header(tokens.accessToken())).contains("\"typ\":\"at+jwt\"");
    }

    @Test
    void theIdTokenIsRefusedAsABearerToken() {
        CliTokens.Tokens tokens = CliTokens.of("fjallby-buyer2");
        ApiSession withIdToken = ApiSession.bearer(tokens.idToken());

        HttpResponse<String> me = withIdToken.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.body()).doesNotContain("fjallby");
        HttpResponse<String> write = withIdToken.post("/api/procurements", """
                {"title":"Med id-token","category":"assessment","procedure":"OPEN","estimatedValueSek":1}""");
        assertThat(write.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenIsRefusedOnceItsProviderSessionLoggedOut() {
        CliTokens.Tokens tokens = CliTokens.of("fjallby-buyer2");
        ApiSession client = ApiSession.bearer(tokens.accessToken());
        assertThat(client.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(claims(tokens.idToken())).as("the ID token names its provider session").contains("\"sid\"");

        assertThat(CliTokens.logOut(tokens)).as("the end-session endpoint logs out and redirects").isEqualTo(302);
        assertThat(active(tokens.accessToken())).as("the provider no longer calls the token active").isFalse();
        pastTheIntrospectionCache();

        HttpResponse<String> me = client.get("/api/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(401);
        assertThat(me.body()).contains("\"code\":\"unauthenticated\"").doesNotContain("fjallby");
        HttpResponse<String> write = client.post("/api/procurements", WRITE);
        assertThat(write.statusCode()).as(write.body()).isEqualTo(401);
    }

    @Test
    void aTokenIsRefusedOnceItsClientRevokedIt() {
        CliTokens.Tokens tokens = CliTokens.of("fjallby-buyer2");
        ApiSession client = ApiSession.bearer(tokens.accessToken());
        assertThat(client.get("/api/me").statusCode()).isEqualTo(200);

        assertThat(CliTokens.revoke(tokens.accessToken())).as("the revocation endpoint").isEqualTo(200);
        assertThat(active(tokens.accessToken())).isFalse();
        pastTheIntrospectionCache();

        assertThat(client.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(client.post("/api/procurements", WRITE).statusCode()).isEqualTo(401);
    }

    @Test
    void aLogoutLeavesOtherSessionsTokensAlone() {
        CliTokens.Tokens leaving = CliTokens.of("fjallby-buyer2");
        CliTokens.Tokens otherPerson = CliTokens.of("larande-buyer1");
        CliTokens.Tokens samePersonElsewhere = CliTokens.of("fjallby-buyer2");

        assertThat(CliTokens.logOut(leaving)).isEqualTo(302);
        pastTheIntrospectionCache();

        assertThat(ApiSession.bearer(leaving.accessToken()).get("/api/me").statusCode()).isEqualTo(401);
        HttpResponse<String> other = ApiSession.bearer(otherPerson.accessToken()).get("/api/me");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(other.body()).contains("larande");
        HttpResponse<String> elsewhere = ApiSession.bearer(samePersonElsewhere.accessToken()).get("/api/me");
        assertThat(elsewhere.statusCode()).as("the same person's login in another browser").isEqualTo(200);
    }

    @Test
    void theAppsLogoutEndsTheTokensGotInTheSameBrowser() {
        ApiSession browser = ApiSession.login("fjallby-buyer2");
        CliTokens.Tokens sameBrowser = CliTokens.of("fjallby-buyer2", browser.cookies());
        ApiSession script = ApiSession.bearer(sameBrowser.accessToken());
        assertThat(script.get("/api/me").statusCode()).isEqualTo(200);

        // the app sends the browser to the provider's logout, which sends it back to the app's
        // start page, which wants a login again
        HttpResponse<String> loggedOut = browser.logOut();
        assertThat(loggedOut.uri().toString()).as("the way ends at a new login").contains("/oauth2/authorize");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        pastTheIntrospectionCache();

        assertThat(script.get("/api/me").statusCode()).isEqualTo(401);
    }

    private boolean active(String token) {
        return CliTokens.introspect(token, security.clientId(), security.clientSecret()).get("active").asBoolean();
    }

    /** An "active" the app heard before the logout is believed this long. */
    private static void pastTheIntrospectionCache() {
        try {
            Thread.sleep(DevStackInitializer.INTROSPECTION_CACHE.toMillis() + 300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static String header(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
    }
}
