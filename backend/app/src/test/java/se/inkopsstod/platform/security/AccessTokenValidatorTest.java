package se.inkopsstod.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which JWTs the API takes as bearer tokens: access tokens for its own audience only. */
class AccessTokenValidatorTest {

    private final AccessTokenValidator validator = new AccessTokenValidator(List.of("inkopsstod-api"));

    @Test
    void anAccessTokenForTheApiIsTaken() {
        assertThat(validator.validate(jwt(Map.of("typ", "at+jwt"), Map.of("aud", List.of("inkopsstod-cli", "inkopsstod-api"))))
                .hasErrors()).isFalse();
    }

    @Test
    void aKeycloakAccessTokenIsTakenByItsTypClaim() {
        assertThat(validator.validate(jwt(Map.of("typ", "JWT"), Map.of("typ", "Bearer", "aud", List.of("inkopsstod-api"))))
                .hasErrors()).isFalse();
    }

    @Test
    void anIdTokenIsRefusedEvenWithTheRightAudience() {
        assertThat(validator.validate(jwt(Map.of("typ", "JWT"), Map.of("aud", List.of("inkopsstod-api"), "nonce", "n")))
                .hasErrors()).isTrue();
        assertThat(validator.validate(jwt(Map.of(), Map.of("typ", "ID", "aud", List.of("inkopsstod-api"))))
                .hasErrors()).isTrue();
    }

    @Test
    void anAccessTokenOfAnotherClientOrApiIsRefused() {
        assertThat(validator.validate(jwt(Map.of("typ", "at+jwt"), Map.of("aud", List.of("inkopsstod", "other-api"))))
                .hasErrors()).isTrue();
        assertThat(validator.validate(jwt(Map.of("typ", "at+jwt"), Map.of("sub", "x"))).hasErrors()).isTrue();
    }

    private static Jwt jwt(Map<String, Object> headers, Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("person")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        headers.forEach(builder::header);
        claims.forEach(builder::claim);
        return builder.build();
    }
}
