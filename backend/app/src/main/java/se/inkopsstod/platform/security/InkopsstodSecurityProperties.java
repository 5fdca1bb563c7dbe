package se.inkopsstod.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * The OpenID Connect provider and how the app is reached.
 *
 * @param issuerUri         the provider's issuer (OIDC_ISSUER_URI)
 * @param clientId          the app's confidential client (OIDC_CLIENT_ID)
 * @param clientSecret      its secret (OIDC_CLIENT_SECRET)
 * @param acceptedAudiences bearer tokens must name one of these as audience
 * @param publicBaseUrl     the URL browsers use (PUBLIC_BASE_URL); redirect URIs are built on it
 * @param introspectionCache how long the provider's "this token is active" is believed
 *                           (OIDC_INTROSPECTION_CACHE, default 5s; 0 asks on every request)
 */
@ConfigurationProperties("inkopsstod.security")
public record InkopsstodSecurityProperties(String issuerUri, String clientId, String clientSecret,
                                           List<String> acceptedAudiences, String publicBaseUrl,
                                           Duration introspectionCache) {
}
