package se.inkopsstod.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application in a JVM of its own, on the tests' PostgreSQL, Kafka and identity provider, on
 * the second instance's port: something a test can kill -9 and start again.
 */
public final class ChildProcessInstance implements AutoCloseable {

    private final Process process;
    private final String baseUrl;

    private ChildProcessInstance(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    public static ChildProcessInstance start() {
        int port = DevStackInitializer.secondAppPort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        DevStackInitializer.properties(port).forEach((key, value) -> command.add("-D" + key + "=" + value));
        // the demo data is there already; the child must not race the tests' instance to seed it
        command.add("-Dinkopsstod.demo-data.enabled=false");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("se.inkopsstod.InkopsstodApplication");
        try {
            Path log = Files.createTempFile("inkopsstod-child", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ChildProcessInstance instance = new ChildProcessInstance(process, "http://localhost:" + port);
            instance.awaitHealthy(Duration.ofSeconds(90), log);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** kill -9: no shutdown hook, no graceful anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitHealthy(Duration timeout, Path log) {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException | InterruptedException notYet) {
                // starting
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The child instance did not become healthy; its log: " + log);
    }

    /** A graceful stop (SIGTERM): the instance releases its processors' token claims for the others to take at once. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }
}
