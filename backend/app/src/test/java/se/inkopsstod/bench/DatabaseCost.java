package se.inkopsstod.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a phase cost the database and the processors: statements (pg_stat_statements, every
 * statement of every session of the app's database, the benchmark's own snapshots left out) and
 * transactions (pg_stat_database) between two snapshots, and the CPU time of this JVM (the app,
 * the embedded Kafka broker and the benchmark's clients) and of the PostgreSQL server processes.
 */
final class DatabaseCost {

    private final String jdbcUrl;

    DatabaseCost(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements is not available: " + e.getMessage(), e);
        }
    }

    /**
     * The counters once every backend has had time to report: PostgreSQL's backends publish their
     * transaction counts at most once a second, so a snapshot right after a phase would miss some.
     * The phase's length includes the wait; the background is subtracted for it.
     */
    Snapshot settledSnapshot() {
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return snapshot();
    }

    /** The counters now. */
    Snapshot snapshot() {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            Map<String, Long> calls = new HashMap<>();
            try (ResultSet rows = s.executeQuery("""
                    select query, sum(calls) from pg_stat_statements
                     where dbid = (select oid from pg_database where datname = current_database())
                       and query not like '%pg_stat_%' group by query""")) {
                while (rows.next()) {
                    calls.put(rows.getString(1), rows.getLong(2));
                }
            }
            long transactions;
            try (ResultSet row = s.executeQuery(
                    "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()")) {
                row.next();
                transactions = row.getLong(1);
            }
            return new Snapshot(System.nanoTime(), calls, transactions, jvmCpuNanos(), postgresCpuNanos());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** utime + stime of every process named postgres, from /proc (Linux); 0 elsewhere. */
    private static long postgresCpuNanos() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    /** Counters at one moment. */
    record Snapshot(long at, Map<String, Long> calls, long transactions, long jvmCpu, long postgresCpu) {

        long statements() {
            return calls.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Per edit between {@code before} and {@code after}, less the idle background (what the app
     * does on its own per second, from {@code idle}) for the phase's length.
     */
    static PerEdit perEdit(Snapshot before, Snapshot after, long edits, Background idle) {
        double seconds = (after.at() - before.at()) / 1e9;
        double statements = (after.statements() - before.statements() - idle.statementsPerSecond() * seconds) / edits;
        double transactions = (after.transactions() - before.transactions() - idle.transactionsPerSecond() * seconds) / edits;
        List<Map.Entry<String, Double>> top = new ArrayList<>();
        after.calls().forEach((query, calls) -> {
            double delta = calls - before.calls().getOrDefault(query, 0L);
            if (delta / edits >= 0.05) {
                top.add(Map.entry(query.replaceAll("\\s+", " "), delta / edits));
            }
        });
        top.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return new PerEdit(statements, transactions, (after.jvmCpu() - before.jvmCpu()) / 1e6 / edits,
                (after.postgresCpu() - before.postgresCpu()) / 1e6 / edits, top);
    }

    /** What the app does with nobody working, per second (tracking processors polling, consumers, presence). */
    record Background(double statementsPerSecond, double transactionsPerSecond) {

        static Background between(Snapshot before, Snapshot after) {
            double seconds = (after.at() - before.at()) / 1e9;
            return new Background((after.statements() - before.statements()) / seconds,
                    (after.transactions() - before.transactions()) / seconds);
        }
    }

    record PerEdit(double statements, double transactions, double jvmCpuMs, double postgresCpuMs,
                   List<Map.Entry<String, Double>> top) {
    }
}
