package se.inkopsstod;

import org.springframework.boot.SpringApplication;
import se.inkopsstod.devstack.DevStack;

/**
 * The local run ({@code mvn -Prun package}): starts embedded PostgreSQL, Kafka and the
 * development identity provider for whatever is not configured by environment variables, then
 * the app itself. Lives in the test sources so that none of it reaches the production jar.
 */
public final class LocalInkopsstodApplication {

    private LocalInkopsstodApplication() {
    }

    public static void main(String[] args) {
        DevStack stack = DevStack.start(DevStack.DevStackOptions.localRun());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "dev-stack-shutdown"));
        DevStackProperties.apply(stack);
        SpringApplication.run(InkopsstodApplication.class, args);
    }
}
