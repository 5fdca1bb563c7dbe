package se.inkopsstod.devstack;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.Map;

/**
 * The development OpenID Connect provider: Spring Authorization Server in its own servlet
 * application context inside this JVM (it cannot live in the WebFlux context of the app).
 * It listens on 127.0.0.1 while the app uses localhost, so the two session cookies stay apart.
 */
public final class DevIdentityProvider implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private DevIdentityProvider(ConfigurableApplicationContext context, String issuer) {
        this.context = context;
        this.issuer = issuer;
    }

    /**
     * @param port        the provider's port
     * @param appBaseUrls the public base URLs of the app's instances; redirect URIs must match one exactly
     */
    public static DevIdentityProvider start(int port, List<String> appBaseUrls) {
        String issuer = "http://127.0.0.1:" + port;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DevIdentityProviderConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of(
                        // an own config name keeps the app's application.yml out of this context
                        "spring.config.name", "dev-identity-provider",
                        "server.servlet.session.cookie.name", "DEVIDPSESSION",
                        "spring.security.oauth2.authorizationserver.issuer", issuer,
                        "inkopsstod.dev-idp.app-base-urls", String.join(",", appBaseUrls),
                        "spring.main.register-shutdown-hook", "false"))
                // as arguments, not defaults: the app's SERVER_PORT in the environment must not move the provider
                .run("--server.port=" + port, "--server.address=127.0.0.1");
        return new DevIdentityProvider(context, issuer);
    }

    public String issuer() {
        return issuer;
    }

    @Override
    public void close() {
        context.close();
    }
}
