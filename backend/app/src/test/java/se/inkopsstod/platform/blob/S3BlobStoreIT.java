package se.inkopsstod.platform.blob;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link S3BlobStore} against a real S3-compatible server: S3Proxy (jclouds' filesystem store behind
 * the S3 protocol with AWS signatures), run as a process of its own because its Jetty, Netty and
 * Reactor versions clash with the app's. Its class path is resolved by Maven from
 * {@code src/test/s3proxy/pom.xml}.
 */
class S3BlobStoreIT {

    private static final String ACCESS_KEY = "inkopsstod-test";
    private static final String SECRET_KEY = "inkopsstod-test-secret";

    @TempDir
    static Path work;

    private static Process s3proxy;
    private static S3BlobStore store;

    @BeforeAll
    static void startS3Proxy() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createDirectories(work.resolve("data"));
        Path config = Files.writeString(work.resolve("s3proxy.conf"), String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data) + "\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        s3proxy = new ProcessBuilder(java, "-Xmx256m", "-cp", classPath(), "org.gaul.s3proxy.Main", "--properties", config.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("s3proxy.log").toFile()).start();
        awaitListening(port);
        store = S3BlobStore.connect(new BlobProperties.S3("http://127.0.0.1:" + port, "us-east-1", "inkopsstod-blobs",
                ACCESS_KEY, SECRET_KEY, true, true));
        store.createBucketIfMissing();
        store.createBucketIfMissing(); // twice is fine
    }

    @AfterAll
    static void stopS3Proxy() throws InterruptedException {
        if (store != null) {
            store.close();
        }
        if (s3proxy != null) {
            s3proxy.destroy();
            s3proxy.waitFor();
        }
    }

    @Test
    void aFileGoesInAndComesOutByteForByte() throws Exception {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(bytes);
        Path file = Files.write(work.resolve("upload.bin"), bytes);

        store.put("attachments/p1/a1", file, "application/pdf");

        assertThat(store.exists("attachments/p1/a1")).isTrue();
        try (InputStream in = store.open("attachments/p1/a1")) {
            assertThat(sha256(in)).isEqualTo(sha256(new ByteArrayInputStream(bytes)));
        }
        store.delete("attachments/p1/a1");
        assertThat(store.exists("attachments/p1/a1")).isFalse();
        assertThatThrownBy(() -> store.open("attachments/p1/a1")).isInstanceOf(BlobNotFoundException.class);
        store.delete("attachments/p1/a1"); // nothing there: fine
    }

    @Test
    void aStreamOfKnownLengthGoesInToo() throws Exception {
        byte[] bytes = "Förfrågningsunderlag, version 2".getBytes(StandardCharsets.UTF_8);
        store.put("attachments/p1/a2", new ByteArrayInputStream(bytes), bytes.length, "text/plain");
        try (InputStream in = store.open("attachments/p1/a2")) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.exists("attachments/p1/none")).isFalse();
    }

    @Test
    void wrongCredentialsAreRefused() {
        S3BlobStore stranger = S3BlobStore.connect(new BlobProperties.S3(endpoint(), "us-east-1", "inkopsstod-blobs",
                ACCESS_KEY, "not-the-secret", true, false));
        try (stranger) {
            assertThatThrownBy(() -> stranger.put("attachments/p1/a3", new ByteArrayInputStream(new byte[]{1}), 1, "text/plain"))
                    .isInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
        }
        assertThat(store.exists("attachments/p1/a3")).isFalse();
    }

    private static String endpoint() {
        return "http://127.0.0.1:" + configuredPort();
    }

    private static int configuredPort() {
        try {
            String conf = Files.readString(work.resolve("s3proxy.conf"));
            return Integer.parseInt(conf.replaceAll("(?s).*s3proxy.endpoint=http://127.0.0.1:(\\d+).*", "$1"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** S3Proxy with its own dependencies, resolved once per build into target/. */
    private static String classPath() throws IOException, InterruptedException {
        Path cached = Path.of("target", "s3proxy.classpath");
        if (!Files.exists(cached)) {
            String mavenHome = System.getProperty("maven.home");
            String mvn = mavenHome == null ? "mvn" : Path.of(mavenHome, "bin", "mvn").toString();
            List<String> command = new ArrayList<>(List.of(mvn, "-q", "-B", "-f", Path.of("src", "test", "s3proxy", "pom.xml").toString(),
                    "dependency:build-classpath", "-Dmdep.outputFile=" + cached.toAbsolutePath()));
            if (System.getProperty("maven.repo.local") != null) {
                command.add("-Dmaven.repo.local=" + System.getProperty("maven.repo.local"));
            }
            Process maven = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "s3proxy-classpath.log").toFile()).start();
            assertThat(maven.waitFor()).as("Maven resolved S3Proxy's class path (target/s3proxy-classpath.log)").isZero();
        }
        return Files.readString(cached).strip();
    }

    private static void awaitListening(int port) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            assertThat(s3proxy.isAlive()).as("S3Proxy is running (see " + work.resolve("s3proxy.log") + ")").isTrue();
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/").toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.getResponseCode(); // any answer (403 without credentials) means it listens
                connection.disconnect();
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("S3Proxy did not start listening on " + port + " within 60 s");
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }
}
