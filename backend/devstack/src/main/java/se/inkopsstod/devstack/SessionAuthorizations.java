package se.inkopsstod.devstack;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The development provider's authorizations (in memory, as before) with an index by the provider
 * session they were issued in: the {@code sid} claim of their ID token, which is the same for
 * every client a browser logged in to through one login at the provider.
 * <p>
 * Logging out ends the provider session, and with it every authorization issued in it: the app's
 * browser login as well as a scripted client's tokens got in that browser. Keycloak does the
 * same (a logout ends the SSO session and all its client sessions). Ending only the authorization
 * the ID token hint names would leave the session's other tokens alive after "log out". Tokens
 * of other sessions, the same person's included, are untouched.
 * <p>
 * The {@code sid} is Spring Authorization Server's: the provider session of that person that was
 * used last when the code was exchanged. Someone logged in to the provider in two browsers at the
 * same moment may see a token filed under the other session; for a development provider that is
 * close enough.
 */
final class SessionAuthorizations implements OAuth2AuthorizationService {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType("id_token");

    private final InMemoryOAuth2AuthorizationService authorizations = new InMemoryOAuth2AuthorizationService();
    private final Map<String, Set<String>> idsBySession = new ConcurrentHashMap<>();

    @Override
    public void save(OAuth2Authorization authorization) {
        authorizations.save(authorization);
        String sid = sessionOf(authorization);
        if (sid != null) {
            idsBySession.computeIfAbsent(sid, s -> ConcurrentHashMap.newKeySet()).add(authorization.getId());
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        authorizations.remove(authorization);
        String sid = sessionOf(authorization);
        if (sid != null) {
            idsBySession.computeIfPresent(sid, (s, ids) -> {
                ids.remove(authorization.getId());
                return ids.isEmpty() ? null : ids;
            });
        }
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return authorizations.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return authorizations.findByToken(token, tokenType);
    }

    /**
     * Removes the authorization of this ID token and every other one of its provider session, so
     * that their access and refresh tokens are no longer active (introspection, refresh, userinfo).
     *
     * @return how many authorizations were removed
     */
    int endSessionOf(OidcIdToken idToken) {
        int removed = 0;
        OAuth2Authorization hinted = findByToken(idToken.getTokenValue(), ID_TOKEN);
        if (hinted != null) {
            remove(hinted);
            removed++;
        }
        String sid = idToken.getClaimAsString("sid");
        Set<String> ids = sid == null ? null : idsBySession.remove(sid);
        if (ids != null) {
            for (String id : ids) {
                OAuth2Authorization authorization = findById(id);
                if (authorization != null) {
                    authorizations.remove(authorization);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static String sessionOf(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OidcIdToken> idToken = authorization.getToken(OidcIdToken.class);
        return idToken == null ? null : idToken.getToken().getClaimAsString("sid");
    }
}
