package se.inkopsstod.testing;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import se.inkopsstod.InkopsstodApplication;

/**
 * A second instance of the whole application in the same JVM, on the same PostgreSQL, Kafka and
 * identity provider as the tests' own instance, as a second server behind a load balancer would
 * be. Its processors share tokens with the first instance, and sessions (stored in PostgreSQL) too.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    private SecondInstance(ConfigurableApplicationContext context, String baseUrl) {
        this.context = context;
        this.baseUrl = baseUrl;
    }

    public static SecondInstance start() {
        int port = DevStackInitializer.secondAppPort();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(InkopsstodApplication.class)
                .initializers(app -> app.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("second-instance", DevStackInitializer.properties(port))))
                .run();
        return new SecondInstance(context, "http://localhost:" + port);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ApiSession login(String username) {
        return ApiSession.login(username, baseUrl);
    }

    @Override
    public void close() {
        context.close();
    }
}
