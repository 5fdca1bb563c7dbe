package se.inkopsstod.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HAProxy (/usr/sbin/haproxy) in front of app instances, as in production: HTTP mode,
 * round robin, no stickiness, a health check on {@code /actuator/health} every 500 ms that takes
 * an instance out after one failure. Each answer names the instance that gave it in the
 * {@code X-Served-By} header ({@code app1}, {@code app2}, …). It listens on
 * {@link DevStackInitializer#loadBalancerPort()}, which the identity provider knows.
 */
public final class LoadBalancer implements AutoCloseable {

    public static final String SERVED_BY = "X-Served-By";

    private final Process process;
    private final String baseUrl;
    private final int statsPort;
    private final Path log;

    private LoadBalancer(Process process, String baseUrl, int statsPort, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.statsPort = statsPort;
        this.log = log;
    }

    /** Starts HAProxy in front of the instances at these ports (on this machine), named app1, app2, … in order. */
    public static LoadBalancer start(int... appPorts) {
        int port = DevStackInitializer.loadBalancerPort();
        try {
            int statsPort = DevStackInitializer.freePort();
            Path directory = Files.createTempDirectory("inkopsstod-haproxy");
            StringBuilder servers = new StringBuilder();
            for (int i = 0; i < appPorts.length; i++) {
                servers.append("    server app").append(i + 1).append(" 127.0.0.1:").append(appPorts[i])
                        .append(" check inter 500ms fall 1 rise 2\n");
            }
            String config = """
                    global
                        maxconn 512

                    defaults
                        mode http
                        timeout connect 2s
                        timeout client 60s
                        timeout server 60s
                        # live streams (Server-Sent Events) stay open
                        timeout tunnel 10m

                    frontend web
                        bind 127.0.0.1:%d
                        default_backend apps

                    backend apps
                        balance roundrobin
                        option httpchk GET /actuator/health
                        http-response set-header %s %%s
                    %s
                    listen stats
                        bind 127.0.0.1:%d
                        stats enable
                        stats uri /stats
                    """.formatted(port, SERVED_BY, servers, statsPort);
            Path file = directory.resolve("haproxy.cfg");
            Files.writeString(file, config);
            Path log = directory.resolve("haproxy.log");
            Process process = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", file.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            LoadBalancer balancer = new LoadBalancer(process, "http://localhost:" + port, statsPort, log);
            balancer.awaitListening(port, Duration.ofSeconds(10));
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Each server's state as HAProxy sees it (UP, DOWN, …), by name; from its statistics page. */
    public Map<String, String> serverStates() {
        try {
            HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + statsPort + "/stats;csv")).build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> states = new LinkedHashMap<>();
            List<String> lines = csv.body().lines().toList();
            List<String> header = List.of(lines.get(0).replaceFirst("^# ", "").split(","));
            int proxy = header.indexOf("pxname");
            int server = header.indexOf("svname");
            int status = header.indexOf("status");
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",", -1);
                if (fields.length > status && "apps".equals(fields[proxy]) && !"BACKEND".equals(fields[server])) {
                    states.put(fields[server], fields[status]);
                }
            }
            return states;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitListening(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        String output;
        try {
            output = Files.readString(log);
        } catch (IOException e) {
            output = "(no log: " + e + ")";
        }
        process.destroyForcibly();
        throw new IllegalStateException("HAProxy did not start listening on " + port + ": " + output);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
