package se.inkopsstod.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import se.inkopsstod.devstack.DevStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the real embedded stack (PostgreSQL, Kafka, identity provider) once per test JVM and
 * points the application context at it. Ports are free ones: the identity provider's redirect
 * URIs are registered for the app port chosen here.
 */
public final class DevStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Granted platform admin through PLATFORM_ADMIN_EMAILS only. */
    public static final String BOOTSTRAP_ADMIN = "bootstrap-admin@inkopsstod.example";

    /** How long the app believes the provider's "active" for a bearer token, in the tests. */
    public static final java.time.Duration INTROSPECTION_CACHE = java.time.Duration.ofSeconds(1);

    private static DevStack stack;
    private static int appPort;
    private static int identityProviderPort;
    private static int secondAppPort;
    private static int loadBalancerPort;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        stack(); // chooses the ports
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("dev-stack", properties(appPort)));
    }

    /** The application's properties for an instance on {@code port}, on the shared stack. */
    static Map<String, Object> properties(int port) {
        Map<String, Object> properties = new HashMap<>(stack().properties());
        properties.put("server.port", String.valueOf(port));
        properties.put("inkopsstod.public-base-url", "http://localhost:" + port);
        // the login comes back where it started: the instance itself, or the load balancer in front
        // of two (LoadBalancedSessionsIT); the provider knows both. Production uses the public base URL
        properties.put("spring.security.oauth2.client.registration.inkopsstod.redirect-uri",
                "{baseUrl}/login/oauth2/code/{registrationId}");
        // the suite's own clients (loopback 127.0.0.1) log in hundreds of times; the per-address
        // limit on requests without a session is tried from 127.0.0.2 (SecurityHeadersAndRateLimitIT)
        properties.put("inkopsstod.rate-limit.without-session.exempt-addresses", "127.0.0.1");
        // one address the demo data grants as well, one only the bootstrap grants
        properties.put("inkopsstod.platform-admin-emails", "admin@inkopsstod.example, " + BOOTSTRAP_ADMIN);
        // bearer tokens the provider said are active are believed this long (BearerTokenIT waits it out)
        properties.put("inkopsstod.security.introspection-cache", INTROSPECTION_CACHE.toString());
        // not the placeholder default, so that OcdsIT sees the setting reach the ocid
        properties.put("inkopsstod.ocds.ocid-prefix", "ocds-test42");
        // a small attachment limit, so that AttachmentsIT goes over it with a small file
        properties.put("inkopsstod.attachments.max-size", "1MB");
        // a failed e-mail is tried again soon, so that NotificationsIT sees the retry
        properties.put("inkopsstod.notifications.mail-retry-delay", "1s");
        properties.put("spring.autoconfigure.exclude",
                "org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration");
        return properties;
    }

    public static synchronized DevStack stack() {
        if (stack == null) {
            try {
                appPort = freePort();
                identityProviderPort = freePort();
                secondAppPort = freePort();
                loadBalancerPort = freePort();
                stack = DevStack.start(DevStack.DevStackOptions.forTests(
                        Files.createTempDirectory("inkopsstod-it"), freePort(), identityProviderPort, appPort, secondAppPort,
                        loadBalancerPort));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        }
        return stack;
    }

    public static String appBaseUrl() {
        stack();
        return "http://localhost:" + appPort;
    }

    /** Where a second instance of the app listens (see {@link SecondInstance}); the provider knows it. */
    public static int secondAppPort() {
        stack();
        return secondAppPort;
    }

    /** Where a load balancer in front of the instances listens (see {@link LoadBalancer}); the provider knows it. */
    public static int loadBalancerPort() {
        stack();
        return loadBalancerPort;
    }

    public static String issuer() {
        stack();
        return "http://127.0.0.1:" + identityProviderPort;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
