package se.inkopsstod.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.WebFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Set;

/**
 * One filter chain. Browsers log in with the authorization-code flow, the app being the OAuth2
 * client (backend-for-frontend): they hold a session cookie and never see a token. Scripted
 * clients send bearer JWTs from the same provider. Pages redirect to the login; /api answers
 * 401/403 as problem details.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String LOGIN_PATH = "/oauth2/authorization/inkopsstod";
    /** Where oauth2Login keeps the security context: the CSRF check runs before it is loaded. */
    private static final WebSessionServerSecurityContextRepository SESSIONS = new WebSessionServerSecurityContextRepository();

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveClientRegistrationRepository clients,
                                                  ReactiveJwtDecoder jwtDecoder, InkopsstodSecurityProperties properties,
                                                  @org.springframework.beans.factory.annotation.Value("${server.reactive.session.cookie.secure:true}")
                                                  boolean secureCookies) {
        OidcClientInitiatedServerLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedServerLogoutSuccessHandler(clients);
        logoutSuccess.setPostLogoutRedirectUri(properties.publicBaseUrl() + "/");

        ServerAuthenticationEntryPoint problem401 = (exchange, e) -> ProblemResponses.write(exchange,
                HttpStatus.UNAUTHORIZED, "unauthenticated", "Log in first.");
        ServerAccessDeniedHandler problem403 = (exchange, e) -> ProblemResponses.write(exchange,
                HttpStatus.FORBIDDEN, "forbidden", "You may not do this.");
        // CSRF is checked before authentication: someone not logged in should still hear "log in first"
        ServerAccessDeniedHandler csrfProblem = (exchange, e) -> SESSIONS.load(exchange)
                .flatMap(session -> ProblemResponses.write(exchange, HttpStatus.FORBIDDEN, "csrf",
                        "The request lacks a valid CSRF token: reload the page and try again."))
                .switchIfEmpty(Mono.defer(() -> problem401.commence(exchange, null)));
        // The provider could not be asked about a bearer token (its keys or whether the token is
        // still active): 503, not 401. A 401 tells a script its token is bad and to log in again,
        // which would not help (the login needs the provider too) and hides an outage as a client
        // error; the token is refused either way, never let through unchecked.
        ServerAuthenticationFailureHandler bearerFailure = (filterExchange, e) -> e instanceof AuthenticationServiceException
                ? ProblemResponses.write(filterExchange.getExchange(), HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
                        "The token cannot be checked with the identity provider right now: try again shortly.")
                : problem401.commence(filterExchange.getExchange(), e);

        return http
                .authorizeExchange(authorize -> authorize
                        .pathMatchers("/assets/**", "/favicon.ico", "/favicon.svg", "/robots.txt").permitAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> { })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(problem401)
                        .authenticationFailureHandler(bearerFailure))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint(problem401))
                        .accessDeniedHandler(problem403))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfCookies(secureCookies))
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(csrfProblem)
                        .requireCsrfProtectionMatcher(browserWrites()))
                .logout(logout -> logout.logoutSuccessHandler(logoutSuccess))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
                                        + "base-uri 'none'; frame-ancestors 'none'; form-action 'self' " + formTargets(properties))))
                .build();
    }

    /**
     * The CSRF token travels in a cookie the front end reads (not HttpOnly) and that never goes
     * cross-site; {@code Secure} like the session cookie, i.e. everywhere but plain-http development.
     */
    static CookieServerCsrfTokenRepository csrfCookies(boolean secure) {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict").secure(secure));
        return repository;
    }

    /** Pages (HTML) go to the login; everything else gets a 401 problem. */
    private static ServerAuthenticationEntryPoint entryPoint(ServerAuthenticationEntryPoint problem401) {
        MediaTypeServerWebExchangeMatcher html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        ServerWebExchangeMatcher page = ServerWebExchangeMatchers.matchers(
                exchange -> exchange.getRequest().getPath().value().startsWith("/api/")
                        ? ServerWebExchangeMatcher.MatchResult.notMatch() : html.matches(exchange));
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(List.of(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(page,
                        new RedirectServerAuthenticationEntryPoint(LOGIN_PATH))));
        entryPoint.setDefaultEntryPoint(problem401);
        return entryPoint;
    }

    /** CSRF guards cookie sessions; a request carrying a bearer token has no ambient credentials. */
    private static ServerWebExchangeMatcher browserWrites() {
        return exchange -> {
            HttpMethod method = exchange.getRequest().getMethod();
            boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                    || method == HttpMethod.TRACE;
            String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            return safe || bearer ? ServerWebExchangeMatcher.MatchResult.notMatch() : ServerWebExchangeMatcher.MatchResult.match();
        };
    }

    /** The logout form posts to the app, which redirects to the provider's end-session endpoint. */
    private static String formTargets(InkopsstodSecurityProperties properties) {
        return properties.issuerUri() == null ? "" : properties.issuerUri().replaceFirst("^(https?://[^/]+).*$", "$1");
    }

    /**
     * Bearer tokens: signed by our issuer, unexpired, an access token (not an ID token) and issued
     * for this API (its audience), see {@link AccessTokenValidator}; then still active at the
     * provider (not logged out, not revoked), see {@link TokenLiveness}, if it can tell.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(InkopsstodSecurityProperties properties, ReactiveClientRegistrationRepository clients) {
        // the type header is ours to judge (at+jwt is what we want; Nimbus would take only JWT)
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(properties.issuerUri())
                .validateType(false).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                new JwtIssuerValidator(properties.issuerUri()), new AccessTokenValidator(properties.acceptedAudiences())));
        TokenLiveness liveness = tokenLiveness(properties, clients);
        if (liveness == null) {
            return decoder;
        }
        return token -> decoder.decode(token).flatMap(jwt -> liveness.isActive(token)
                .onErrorMap(e -> {
                    log.warn("Could not ask the identity provider whether a bearer token is active: {}", e.toString());
                    return new JwtException("The identity provider could not be asked whether the token is active", e);
                })
                .flatMap(active -> active ? Mono.just(jwt)
                        : Mono.error(new BadJwtException("The token has been revoked or its session has ended."))));
    }

    /**
     * The provider's introspection endpoint comes from its discovery document, which the login
     * read at startup. Without one, bearer tokens are checked locally only, as before.
     */
    private static TokenLiveness tokenLiveness(InkopsstodSecurityProperties properties,
                                               ReactiveClientRegistrationRepository clients) {
        ClientRegistration registration = clients.findByRegistrationId("inkopsstod").block();
        Object endpoint = registration == null ? null
                : registration.getProviderDetails().getConfigurationMetadata().get("introspection_endpoint");
        if (!(endpoint instanceof String introspection) || introspection.isBlank()) {
            log.warn("The identity provider {} advertises no token introspection endpoint: bearer tokens stay valid "
                    + "until they expire, even after their session logged out", properties.issuerUri());
            return null;
        }
        return new TokenLiveness(WebClient.create(), introspection, properties.clientId(), properties.clientSecret(),
                properties.introspectionCache(), System::nanoTime);
    }

    /** Subscribing to the token makes the CSRF cookie appear on the first page load. */
    @Bean
    WebFilter csrfCookieWriter() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token != null ? token.then() : Mono.<Void>empty()).then(chain.filter(exchange));
        };
    }
}
