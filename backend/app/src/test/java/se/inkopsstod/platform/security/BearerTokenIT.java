package se.inkopsstod.platform.security;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.CliTokens;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.net.http.HttpResponse;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scripted client's bearer token works; the ID token the same login hands out does not, on
 * reads and writes alike (bearer writes need no CSRF token, so an accepted ID token would be a
 * full credential).
 */
@InkopsstodIntegrationTest
class BearerTokenIT {

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

    private static String header(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
    }
}
