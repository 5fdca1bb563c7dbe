package se.inkopsstod.devstack;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spring Authorization Server with an explicit list of auto-configurations, so nothing of the
 * application (Axon, data sources, Kafka) that shares the class path starts in this context.
 * Deliberately not a {@code @Configuration}: the app's component scan of {@code se.inkopsstod}
 * must not pick it up; {@link DevIdentityProvider} registers it as the context's only source.
 */
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class,
        OAuth2AuthorizationServerAutoConfiguration.class,
        OAuth2AuthorizationServerJwtAutoConfiguration.class})
class DevIdentityProviderConfiguration {

    static final String APP_CLIENT_ID = "inkopsstod";
    static final String APP_CLIENT_SECRET = "inkopsstod-dev-secret";
    static final String CLI_CLIENT_ID = "inkopsstod-cli";
    /** The audience of access tokens for the app's API (OIDC_ACCEPTED_AUDIENCES in the app). */
    static final String API_AUDIENCE = "inkopsstod-api";
    static final String CLI_REDIRECT_URI = "http://127.0.0.1:8765/callback";

    private final DemoUsers demoUsers = DemoUsers.load();

    /** Where the provider keeps its authorizations, by provider session too (see {@link SessionAuthorizations}). */
    @Bean
    SessionAuthorizations authorizationService() {
        return new SessionAuthorizations();
    }

    /**
     * The authorization server's endpoints, as Spring Boot would set them up, plus:
     * <ul>
     *   <li>RP-initiated logout ({@code /connect/logout}) ends the tokens of the provider session it
     *       logs out, so that token introspection ({@code /oauth2/introspect}, enabled and in the
     *       discovery document by default; any registered confidential client such as the app may
     *       call it) answers {@code active: false} for them and the app's API refuses them;</li>
     *   <li>a public client (the scripted {@code inkopsstod-cli}) may revoke its own tokens at
     *       {@code /oauth2/revoke} with its client id alone.</li>
     * </ul>
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http, SessionAuthorizations authorizations,
                                                               RegisteredClientRepository clients) throws Exception {
        PublicClientRevocation publicRevocation = new PublicClientRevocation(clients);
        AuthenticationSuccessHandler loggedOut = new OidcLogoutAuthenticationSuccessHandler();
        AuthenticationSuccessHandler endSession = (request, response, authentication) -> {
            // the logout request is valid (the ID token hint is one this provider issued, client
            // and redirect match): end the session's tokens, then log out and redirect as usual
            if (authentication instanceof OidcLogoutAuthenticationToken logout && logout.getIdToken() != null) {
                authorizations.endSessionOf(logout.getIdToken());
            }
            loggedOut.onAuthenticationSuccess(request, response, authentication);
        };
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.authorizationService(authorizations)
                            .clientAuthentication(clientAuthentication -> clientAuthentication
                                    .authenticationConverter(publicRevocation)
                                    .authenticationProvider(publicRevocation))
                            .oidc(oidc -> oidc.logoutEndpoint(logout -> logout.logoutResponseHandler(endSession)));
                })
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), html));
        return http.build();
    }

    /** The login form, for everything that is not an authorization server endpoint. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 5)
    SecurityFilterChain defaultSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    /**
     * The provider's own decoder (its userinfo endpoint reads the access tokens it issued) takes
     * the RFC 9068 access-token type besides plain JWT.
     */
    @Bean
    org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder(
            com.nimbusds.jose.jwk.source.JWKSource<com.nimbusds.jose.proc.SecurityContext> jwkSource) {
        org.springframework.security.oauth2.jwt.NimbusJwtDecoder decoder =
                org.springframework.security.oauth2.jwt.NimbusJwtDecoder.withJwkSource(jwkSource)
                        .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(
                                new com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier<>(com.nimbusds.jose.JOSEObjectType.JWT,
                                        new com.nimbusds.jose.JOSEObjectType("at+jwt"), null)))
                        .build();
        org.springframework.security.oauth2.jwt.JwtTypeValidator types =
                new org.springframework.security.oauth2.jwt.JwtTypeValidator("JWT", "at+jwt");
        types.setAllowEmpty(true);
        decoder.setJwtValidator(new org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator<>(
                new org.springframework.security.oauth2.jwt.JwtTimestampValidator(), types));
        return decoder;
    }

    @Bean
    UserDetailsService demoUserDetails() {
        return new InMemoryUserDetailsManager(demoUsers.all().stream()
                .map(u -> User.withUsername(u.username()).password("{noop}" + demoUsers.password()).roles("PERSON").build())
                .toList());
    }

    @Bean
    RegisteredClientRepository registeredClients(@Value("${inkopsstod.dev-idp.app-base-urls}") List<String> appBaseUrls) {
        RegisteredClient app = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(APP_CLIENT_ID)
                .clientSecret("{noop}" + APP_CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> appBaseUrls.forEach(url -> uris.add(url + "/login/oauth2/code/inkopsstod")))
                .postLogoutRedirectUris(uris -> appBaseUrls.forEach(url -> uris.add(url + "/")))
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build())
                .build();
        // a public client with PKCE for scripted API clients (curl), see docs/api.md
        RegisteredClient cli = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLI_CLIENT_ID)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(CLI_REDIRECT_URI)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build())
                .build();
        return new InMemoryRegisteredClientRepository(app, cli);
    }

    /**
     * Puts name and verified e-mail into ID and access tokens, as Keycloak does with the email and
     * profile scopes. Access tokens are marked as such (RFC 9068 {@code typ: at+jwt}) and name the
     * API as their audience, as Keycloak's audience mapper does: ID tokens name only the client and
     * are refused by the API.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoClaims() {
        Map<String, DemoUser> byUsername = demoUsers.all().stream()
                .collect(Collectors.toMap(DemoUser::username, Function.identity()));
        return context -> {
            boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            DemoUser user = byUsername.get(context.getPrincipal().getName());
            if (accessToken) {
                context.getJwsHeader().type("at+jwt");
                context.getClaims().audience(List.of(context.getRegisteredClient().getClientId(), API_AUDIENCE));
            }
            if (user != null && (idToken || accessToken)) {
                context.getClaims()
                        .claim("name", user.name())
                        .claim("preferred_username", user.username())
                        .claim("email", user.email())
                        .claim("email_verified", true);
            }
        };
    }
}
