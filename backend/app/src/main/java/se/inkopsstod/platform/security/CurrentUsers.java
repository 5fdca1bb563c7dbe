package se.inkopsstod.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.IdentityClaims;
import se.inkopsstod.shared.IdentityDirectory;

import java.util.Map;

/**
 * The person behind a request: the identity from the provider (session login or bearer token)
 * looked up in the application's own records once per request, so a role change takes effect at
 * the next request. Web filters (the procurement gate) and controller parameters share the lookup.
 */
@Component
public class CurrentUsers {

    private static final String ATTRIBUTE = CurrentUser.class.getName();

    private final IdentityDirectory directory;

    CurrentUsers(IdentityDirectory directory) {
        this.directory = directory;
    }

    /** Empty when nobody is authenticated (the security chain has answered 401 before then). */
    public Mono<CurrentUser> of(ServerWebExchange exchange) {
        CurrentUser cached = exchange.getAttribute(ATTRIBUTE);
        if (cached != null) {
            return Mono.just(cached);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(CurrentUsers::claims)
                .flatMap(claims -> Blocking.call(() -> directory.resolve(claims)))
                .doOnNext(user -> exchange.getAttributes().put(ATTRIBUTE, user));
    }

    static IdentityClaims claims(Authentication authentication) {
        if (authentication.getPrincipal() instanceof OidcUser oidc) {
            return fromClaims(oidc.getClaims());
        }
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return fromClaims(jwt.getToken().getClaims());
        }
        throw new IllegalStateException("Unsupported authentication " + authentication.getClass().getSimpleName());
    }

    private static IdentityClaims fromClaims(Map<String, Object> claims) {
        Object verified = claims.get("email_verified");
        return new IdentityClaims(
                String.valueOf(claims.get("sub")),
                claims.get("email") instanceof String email ? email : null,
                Boolean.TRUE.equals(verified) || "true".equals(verified),
                claims.get("name") instanceof String name ? name : null);
    }
}
