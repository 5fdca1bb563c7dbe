package se.inkopsstod.testing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests' PostgreSQL server, stopped and started again with {@code pg_ctl} as an operator
 * would, with the options it was started with ({@code postmaster.opts}). As root the server's tools
 * run in a user namespace of their own ({@code unshare -U}), as the embedded server's are.
 */
public final class PostgresServer {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final Path dataDirectory;
    private final Path pgCtl;
    private final String options;

    private PostgresServer(Path dataDirectory, Path pgCtl, String options) {
        this.dataDirectory = dataDirectory;
        this.pgCtl = pgCtl;
        this.options = options;
    }

    /** The server the given connection pool talks to. */
    public static PostgresServer of(JdbcTemplate jdbc) {
        Path data = Path.of(jdbc.queryForObject("show data_directory", String.class));
        try {
            String opts = Files.readString(data.resolve("postmaster.opts")).strip();
            Path postgres = Path.of(opts.substring(0, opts.indexOf(' ')));
            List<String> arguments = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(opts);
            while (quoted.find()) {
                arguments.add(quoted.group(1));
            }
            int d = arguments.indexOf("-D");
            if (d >= 0) {
                arguments.subList(d, d + 2).clear(); // pg_ctl gets the data directory itself
            }
            StringBuilder options = new StringBuilder();
            arguments.forEach(a -> options.append(options.isEmpty() ? "" : " ").append('"').append(a).append('"'));
            return new PostgresServer(data, postgres.resolveSibling("pg_ctl"), options.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server the fast way: open transactions are rolled back, connections closed. */
    public void stop() {
        pgCtl("-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    public void start() {
        pgCtl("-D", dataDirectory.toString(), "-o", options, "-w", "-t", "60",
                "-l", dataDirectory.resolveSibling(dataDirectory.getFileName() + "-restarted.log").toString(), "start");
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(pgCtl.toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
