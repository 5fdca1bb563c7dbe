package se.inkopsstod.platform.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Set;

/**
 * Takes a JWT as a bearer credential only if it is an access token issued for this API. An ID
 * token proves a login to a client (the browser's logout hands one out as {@code id_token_hint});
 * it is no permission to call an API, and accepting it would let anyone who saw one act as its
 * person until it expires.
 * <ul>
 *   <li>Access token: the header says {@code typ: at+jwt} (RFC 9068, the development provider and
 *       most providers), or the claim {@code typ} is {@code Bearer} (Keycloak). ID tokens carry
 *       neither ({@code typ: ID} in Keycloak).</li>
 *   <li>Audience: one of the configured API audiences ({@code OIDC_ACCEPTED_AUDIENCES}, default
 *       {@code inkopsstod-api}), which providers put into access tokens only; a client id, which ID
 *       tokens carry too, must not be configured here.</li>
 * </ul>
 */
final class AccessTokenValidator implements OAuth2TokenValidator<Jwt> {

    private static final Set<String> ACCESS_TOKEN_TYPES = Set.of("at+jwt", "application/at+jwt");

    private final List<String> audiences;

    AccessTokenValidator(List<String> audiences) {
        this.audiences = List.copyOf(audiences);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        if (!isAccessToken(jwt)) {
            return failure("Only access tokens are accepted as bearer tokens.");
        }
        if (jwt.getAudience() == null || jwt.getAudience().stream().noneMatch(audiences::contains)) {
            return failure("The token is not meant for the Inköpsstöd API.");
        }
        return OAuth2TokenValidatorResult.success();
    }

    static boolean isAccessToken(Jwt jwt) {
        Object header = jwt.getHeaders().get("typ");
        Object claim = jwt.getClaims().get("typ");
        return header instanceof String type && ACCESS_TOKEN_TYPES.contains(type.toLowerCase(java.util.Locale.ROOT))
                || "Bearer".equals(claim);
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
