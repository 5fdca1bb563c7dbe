package se.inkopsstod.devstack;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.web.authentication.AuthenticationConverter;

import java.util.Map;

/**
 * Lets a public client (the scripted {@code inkopsstod-cli}, no secret) revoke its own tokens, as
 * RFC 7009 allows and Keycloak does: on the revocation endpoint, a request with a {@code client_id}
 * and no other client credentials identifies that client if it is registered as public. Spring
 * Authorization Server takes public clients only on PKCE token requests. The revocation endpoint
 * still revokes only tokens issued to the client that asks.
 */
final class PublicClientRevocation implements AuthenticationConverter, AuthenticationProvider {

    private final RegisteredClientRepository clients;

    PublicClientRevocation(RegisteredClientRepository clients) {
        this.clients = clients;
    }

    /** Marks a revocation request of a client that gave only its id. */
    private static final class Request extends OAuth2ClientAuthenticationToken {
        Request(String clientId) {
            super(clientId, ClientAuthenticationMethod.NONE, null, Map.of());
        }
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        String revocation = AuthorizationServerContextHolder.getContext().getAuthorizationServerSettings()
                .getTokenRevocationEndpoint();
        String clientId = request.getParameter("client_id");
        boolean otherCredentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getParameter("client_secret") != null || request.getParameter("client_assertion") != null;
        if (!"POST".equals(request.getMethod()) || !request.getRequestURI().equals(revocation)
                || clientId == null || clientId.isBlank() || otherCredentials) {
            return null;
        }
        return new Request(clientId);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Request request = (Request) authentication;
        RegisteredClient client = clients.findByClientId((String) request.getPrincipal());
        if (client == null || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
        }
        return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return Request.class.isAssignableFrom(authentication);
    }
}
