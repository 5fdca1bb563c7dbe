package se.inkopsstod.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.inkopsstod.InkopsstodApplication;
import se.inkopsstod.activity.ActivityFeedRebuild;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.DevStackInitializer;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark: a program, not a test. It starts the product on the embedded default (or, from
 * the smoke test, uses one already running), drives it through its real HTTP API with logged-in
 * clients and prints one table of figures. See docs/performance.md for how to run it and the
 * figures of the last run.
 *
 * <pre>mvn -q -pl backend/app -Pbench verify</pre>
 */
public final class Benchmark {

    /**
     * @param seconds      per measured phase
     * @param concurrency  client counts of the edit phases
     * @param longEdits    edits of the long-lived item
     * @param workspaces   workspaces edited in the live phase, each with {@code streams} open live streams
     * @param liveRate     edits per second in the live phase
     */
    public record Options(double seconds, int[] concurrency, int longEdits, int workspaces, int streams, double liveRate) {
        static final Options FULL = new Options(Double.parseDouble(System.getProperty("bench.seconds", "10")),
                java.util.Arrays.stream(System.getProperty("bench.clients", "1,8,32").split(",")).mapToInt(Integer::parseInt).toArray(),
                Integer.getInteger("bench.long-edits", 1_000), Integer.getInteger("bench.workspaces", 50),
                Integer.getInteger("bench.streams", 20), Double.parseDouble(System.getProperty("bench.live-rate", "100")));
        public static final Options SMOKE = new Options(0.5, new int[]{1, 2}, 20, 2, 2, 10);
    }

    /** One printed figure: what, the value, and the target it is held against (empty if none). */
    public record Figure(String name, String value, String target) {
    }

    /** The demo buyers; clients beyond six share a person with their own session, as one person in several tabs. */
    private static final String[] BUYERS = {"alvstad-buyer1", "alvstad-buyer2", "fjallby-buyer1", "fjallby-buyer2",
            "larande-buyer1", "larande-buyer2"};

    /** Requests of the current phase that failed in the HTTP client, not in the app. */
    static final AtomicLong TRANSPORT_ERRORS = new AtomicLong();

    private final ApplicationContext app;
    private final String jdbcUrl;
    private final Options options;
    private final List<Figure> figures = new ArrayList<>();
    /** Which statements an edit phase ran, per edit: printed after the table. */
    private final List<String> breakdowns = new ArrayList<>();
    private DatabaseCost cost;
    private DatabaseCost.Background background;

    public Benchmark(ApplicationContext app, Options options) {
        this.app = app;
        this.jdbcUrl = app.getEnvironment().getProperty("spring.datasource.url");
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = List.of(args).contains("--smoke") ? Options.SMOKE : Options.FULL;
        long started = System.nanoTime();
        // capacity is measured without the per-person request limit
        System.setProperty("inkopsstod.rate-limit.requests-per-second", "1000000");
        System.setProperty("inkopsstod.rate-limit.burst", "1000000");
        // clients idle through earlier phases keep their connections: the JDK client would
        // otherwise retire them after 30 s, and a request can race the retirement
        System.setProperty("jdk.httpclient.keepalive.timeout", "3600");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(InkopsstodApplication.class)
                .initializers(new DevStackInitializer()).run();
        double startupSeconds = (System.nanoTime() - started) / 1e9;
        try {
            Benchmark benchmark = new Benchmark(app, options);
            benchmark.figures.add(new Figure("start-up of the embedded default (PostgreSQL, Kafka, IdP, app, demo data)",
                    "%.1f s".formatted(startupSeconds), "≤ 20 s"));
            benchmark.run();
            System.out.println(benchmark.table());
        } catch (Exception e) {
            e.printStackTrace();
            app.close();
            System.exit(1);
        }
        app.close();
        System.exit(0);
    }

    /** Runs every phase and returns the figures. */
    public List<Figure> run() throws Exception {
        Map<Integer, Double> baseline = new java.util.TreeMap<>();
        for (int clients : options.concurrency()) {
            baseline.put(clients, insertBaseline(clients));
            add(new Figure("PostgreSQL baseline, event-shaped inserts, %d clients".formatted(clients),
                    "%.0f /s".formatted(baseline.get(clients)), ""));
        }
        List<Client> clients = clients(max(options.concurrency()));
        cost = new DatabaseCost(jdbcUrl);
        DatabaseCost.Snapshot quietFrom = cost.settledSnapshot();
        pause(3000);
        background = DatabaseCost.Background.between(quietFrom, cost.settledSnapshot());
        add(new Figure("the app's own database work with nobody editing", "%.0f statements/s, %.1f transactions/s"
                .formatted(background.statementsPerSecond(), background.transactionsPerSecond()), ""));
        for (int count : options.concurrency()) {
            Result edits;
            TRANSPORT_ERRORS.set(0);
            try {
                edits = edits(clients.subList(0, count), count == 8 || count == options.concurrency()[options.concurrency().length - 1]);
            } catch (IllegalStateException e) {
                // a phase that breaks down is a figure too: say how, and go on with the next
                add(new Figure("edits through the API, %d clients".formatted(count), "FAILED: " + rootCause(e), ""));
                clients.subList(0, count).forEach(Client::resync);
                continue;
            }
            add(new Figure("edits through the API, %d clients".formatted(count),
                    "%.0f /s; p50 %s, p99 %s, p99.9 %s%s".formatted(edits.perSecond(), ms(edits.p(50)), ms(edits.p(99)), ms(edits.p(99.9)),
                            TRANSPORT_ERRORS.get() == 0 ? "" : "; %d lost by the client".formatted(TRANSPORT_ERRORS.get())),
                    count == 8 ? "≥ 50 % of baseline" : ""));
            add(new Figure("  per edit, net of that background", "%.1f statements in %.1f transactions%s".formatted(
                    edits.cost().statements(), edits.cost().transactions(), edits.reads() == null ? "" : " (with the reader's GETs)"),
                    count == 8 ? "≤ 4 statements, ≤ 2 transactions" : ""));
            add(new Figure("  CPU per edit", "%.2f ms in the app's JVM (with Kafka and the clients), %.2f ms in PostgreSQL".formatted(
                    edits.cost().jvmCpuMs(), edits.cost().postgresCpuMs()), ""));
            breakdowns.add("Statements per edit at %d clients (%.1f in all):%n%s".formatted(count, edits.cost().statements(),
                    edits.cost().top().stream().limit(15).map(e -> "  %6.2f  %s".formatted(e.getValue(),
                            e.getKey().length() > 150 ? e.getKey().substring(0, 150) + "…" : e.getKey()))
                            .collect(java.util.stream.Collectors.joining("\n"))));
            add(new Figure("  ratio to the baseline at %d clients".formatted(count),
                    "%.1f %%".formatted(100 * edits.perSecond() / baseline.get(count)), count == 8 ? "≥ 50 %" : ""));
            if (edits.reads() != null) {
                add(new Figure("  workspace reads under that load", "p50 %s, p99 %s".formatted(ms(edits.reads().p(50)),
                        ms(edits.reads().p(99))), "p99 ≤ 50 ms"));
            }
        }
        live();
        Result longItem = longLivedItem(clients.get(0));
        add(new Figure("edit of an item with %d edits behind it, through the API".formatted(options.longEdits()),
                "p50 %s, p99 %s".formatted(ms(longItem.p(50)), ms(longItem.p(99))), ""));
        Result load = AggregateLoad.of(app, clients.get(0).need(), 100);
        add(new Figure("  loading that item (snapshot + events since)", "p50 %s, p99 %s".formatted(ms(load.p(50)), ms(load.p(99))),
                "p99 ≤ 10 ms"));
        rebuild();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        add(new Figure("heap in use after the run", "%d MiB".formatted((runtime.totalMemory() - runtime.freeMemory()) >> 20),
                "≤ 1 GiB"));
        return figures;
    }

    /** Phases 3 and 4: edit-to-visible latency on many open live streams, and the Kafka-fed feed's lag meanwhile. */
    /**
     * The activity feed rebuilt three times in a row; the median counts. The first run after the
     * load phases meets the app still settling (streams closing, listeners catching up) and code
     * not yet compiled, and varies by a third from run to run.
     */
    private void rebuild() {
        ActivityFeedRebuild rebuild = app.getBean(ActivityFeedRebuild.class);
        List<Double> rates = new ArrayList<>();
        long replayed = 0;
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            replayed = rebuild.rebuild();
            rates.add(replayed / ((System.nanoTime() - started) / 1e9));
        }
        List<Double> sorted = rates.stream().sorted().toList();
        add(new Figure("rebuild of the Kafka-fed activity feed from its topic", "%.0f events/s, median of 3 (%s; %d events each)"
                .formatted(sorted.get(1), rates.stream().map(r -> "%.0f".formatted(r)).collect(java.util.stream.Collectors.joining(", ")),
                        replayed), "≥ 20,000 /s"));
    }

    private void live() throws Exception {
        List<Client> workspaces = clients(options.workspaces());
        java.sql.Timestamp from = new java.sql.Timestamp(System.currentTimeMillis());
        LiveLatency.Outcome live = LiveLatency.run(workspaces, options.streams(), options.liveRate(), options.seconds());
        Result latency = live.latency();
        add(new Figure("edit-to-visible, %.0f edits/s over %d workspaces, %d live streams".formatted(live.editsPerSecond(),
                options.workspaces(), options.workspaces() * options.streams()), "p50 %s, p99 %s, p99.9 %s".formatted(
                ms(latency.p(50)), ms(latency.p(99)), ms(latency.p(99.9))), "p99 ≤ 100 ms"));
        add(new Figure("  the same, from the edit's request", "p50 %s, p99 %s, p99.9 %s".formatted(ms(live.fromRequest().p(50)),
                ms(live.fromRequest().p(99)), ms(live.fromRequest().p(99.9))), ""));
        add(new Figure("  changes delivered to the streams", "%d of %d (%d before the editor's own answer)".formatted(
                live.delivered(), live.expected(), live.earlierThanAck()), "all"));
        add(new Figure("projection lag, event to the Kafka-fed activity feed, during that phase", projectionLag(from), "p99 ≤ 1 s"));
    }

    /** From an event's time to its entry in the Kafka-fed activity feed, for the events since {@code from}. */
    private String projectionLag(java.sql.Timestamp from) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement lag = c.prepareStatement("""
                     select count(*), percentile_cont(0.5) within group (order by extract(epoch from recorded_at - occurred_at)),
                            percentile_cont(0.99) within group (order by extract(epoch from recorded_at - occurred_at))
                       from activity_entry where occurred_at >= ?""")) {
            lag.setTimestamp(1, from);
            try (var row = lag.executeQuery()) {
                row.next();
                return "p50 %s, p99 %s (%d events)".formatted(ms(row.getDouble(2) * 1e9), ms(row.getDouble(3) * 1e9), row.getLong(1));
            }
        }
    }

    /** Prints each figure as soon as it is measured: a long run shows its progress. */
    private void add(Figure figure) {
        figures.add(figure);
        System.out.printf(Locale.ROOT, "benchmark: %s: %s%n", figure.name(), figure.value());
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + " " + cause.getMessage();
    }

    public String table() {
        StringBuilder out = new StringBuilder("\nInköpsstöd benchmark · %s · %d cores · %d MiB max heap · %s\n".formatted(LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getVmVersion()));
        for (Figure figure : figures) {
            out.append(String.format(Locale.ROOT, "%-78s %-44s %s%n", figure.name(), figure.value(), figure.target()));
        }
        breakdowns.forEach(breakdown -> out.append('\n').append(breakdown).append('\n'));
        return out.toString();
    }

    /** Rows shaped like an event-store row (same columns, an 800-byte payload), each committed on its own. */
    private double insertBaseline(int clients) throws Exception {
        try (Connection setup = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = setup.createStatement()) {
            s.execute("""
                    create table if not exists bench_event (global_index bigserial primary key, event_identifier varchar(255) not null unique,
                        aggregate_identifier varchar(255) not null, sequence_number bigint not null, type varchar(255),
                        time_stamp varchar(255) not null, payload_type varchar(255) not null, payload_revision varchar(255),
                        payload bytea not null, meta_data bytea, unique (aggregate_identifier, sequence_number))""");
        }
        byte[] payload = new byte[800];
        long rows = timed(clients, () -> {
            Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
            c.setAutoCommit(true); // one synchronous commit per row, as the event store commits an edit
            PreparedStatement insert = c.prepareStatement("""
                    insert into bench_event (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                        payload_type, payload_revision, payload, meta_data) values (?, ?, ?, 'Need', ?, 'NeedEditedEvent', '1', ?, ?)""");
            String aggregate = UUID.randomUUID().toString();
            AtomicLong sequence = new AtomicLong();
            return new Worker() {
                @Override
                public void run() throws SQLException {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, aggregate);
                    insert.setLong(3, sequence.getAndIncrement());
                    insert.setString(4, java.time.Instant.now().toString());
                    insert.setBytes(5, payload);
                    insert.setBytes(6, payload);
                    insert.executeUpdate();
                }

                @Override
                public void close() throws SQLException {
                    c.close();
                }
            };
        });
        return rows / options.seconds();
    }

    /** Each client edits its own need (no conflicts), one edit after the other, as fast as the API answers. */
    private Result edits(List<Client> clients, boolean withReader) throws Exception {
        ConcurrentLinkedQueue<Long> reads = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread reader = null;
        if (withReader) {
            Client probe = clients.get(0);
            reader = new Thread(() -> {
                while (running.get()) {
                    long t = System.nanoTime();
                    probe.session().get(probe.base() + "/needs");
                    reads.add(System.nanoTime() - t);
                    pause(20); // a person reloading, not a second load generator
                }
            });
            reader.start();
        }
        clients.forEach(c -> c.latencies().clear());
        clients.forEach(Client::resync); // each client's connection is open and its version current
        java.util.Iterator<Client> next = clients.iterator();
        long count;
        DatabaseCost.Snapshot before = cost.settledSnapshot();
        DatabaseCost.Snapshot after;
        try {
            count = timed(clients.size(), () -> {
                Client client;
                synchronized (next) {
                    client = next.next();
                }
                return client::editTimed;
            });
            after = cost.settledSnapshot();
        } finally {
            running.set(false);
            if (reader != null) {
                reader.join();
            }
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        clients.forEach(c -> latencies.addAll(c.latencies()));
        return new Result(count / options.seconds(), sorted(latencies), withReader ? new Result(0, sorted(reads), null) : null,
                DatabaseCost.perEdit(before, after, Math.max(1, count), background));
    }

    private Result longLivedItem(Client client) {
        for (int i = 0; i < options.longEdits(); i++) {
            client.edit();
        }
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < Math.min(100, options.longEdits()); i++) {
            long t = System.nanoTime();
            client.edit();
            latencies.add(System.nanoTime() - t);
        }
        Collections.sort(latencies);
        return new Result(0, latencies, null);
    }

    /** Runs {@code threads} workers for the phase's seconds, each with its own task from the factory; counts the runs. */
    private long timed(int threads, WorkerFactory factory) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch finished = new CountDownLatch(threads);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                try (Worker task = factory.create()) {
                    while (running.get()) {
                        task.run();
                        done.incrementAndGet();
                    }
                } catch (Exception | Error e) {
                    errors.add(e);
                } finally {
                    finished.countDown();
                }
            });
            worker.start();
        }
        Thread.sleep((long) (options.seconds() * 1000));
        running.set(false);
        finished.await();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("a benchmark worker failed", errors.peek());
        }
        return done.get();
    }

    private List<Client> clients(int count) {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clients.add(Client.create(BUYERS[i % BUYERS.length]));
        }
        return clients;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int max(int[] values) {
        int max = 0;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static List<Long> sorted(ConcurrentLinkedQueue<Long> values) {
        List<Long> list = new ArrayList<>(values);
        Collections.sort(list);
        return list;
    }

    private static String ms(double nanos) {
        return "%.1f ms".formatted(nanos / 1e6);
    }

    /** One client's repeated unit of work, and what it holds (a connection) until the phase ends. */
    private interface Worker extends AutoCloseable {
        void run() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    @FunctionalInterface
    private interface WorkerFactory {
        Worker create() throws Exception;
    }

    /** Throughput, sorted latencies (ns) and, for a loaded phase, the reads measured meanwhile. */
    record Result(double perSecond, List<Long> latencies, Result reads, DatabaseCost.PerEdit cost) {

        Result(double perSecond, List<Long> latencies, Result reads) {
            this(perSecond, latencies, reads, null);
        }

        double p(double percentile) {
            if (latencies.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.min(latencies.size() - 1, Math.ceil(percentile / 100 * latencies.size()) - 1);
            return latencies.get(Math.max(0, index));
        }
    }

    /** A logged-in buyer with a procurement and a need of its own to edit. */
    record Client(ApiSession session, String base, String need, AtomicLong version, ConcurrentLinkedQueue<Long> latencies) {

        static Client create(String user) {
            ApiSession session = ApiSession.login(user);
            String procurement = ApiSession.parse(session.post("/api/procurements", """
                    {"title":"Benchmark %s","category":"assessment","procedure":"OPEN","estimatedValueSek":100000}"""
                    .formatted(UUID.randomUUID())).body()).get("id").asString();
            String base = "/api/procurements/" + procurement;
            String need = ApiSession.parse(session.post(base + "/needs", """
                    {"statement":"Mätning","perspective":"teacher","schoolProcess":"assessment","priority":"LOW"}""").body())
                    .get("id").asString();
            return new Client(session, base, need, new AtomicLong(1), new ConcurrentLinkedQueue<>());
        }

        void edit() {
            HttpResponse<String> answer = session.write("PATCH", base + "/needs/" + need, """
                    {"baseVersion":%d,"changes":{"statement":"Mätning %s"}}""".formatted(version.get(), UUID.randomUUID()),
                    "application/json");
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("edit answered " + answer.statusCode() + ": " + answer.body());
            }
            version.set(ApiSession.parse(answer.body()).get("version").asLong());
        }

        /** After a failed phase: take up the need's current version again. */
        void resync() {
            version.set(session.json(base + "/needs/" + need).get("version").asLong());
        }

        /** A connection the HTTP client lost is counted and the edit not timed; the client goes on. */
        void editTimed() {
            long t = System.nanoTime();
            try {
                edit();
                latencies.add(System.nanoTime() - t);
            } catch (java.io.UncheckedIOException lost) {
                if (TRANSPORT_ERRORS.incrementAndGet() <= 3) {
                    // what the client saw: the cause of such losses is found from it (docs/performance.md)
                    System.out.println("benchmark:   lost by the client: " + lost.getCause().getMessage() + " after "
                            + (System.nanoTime() - t) / 1_000_000 + " ms");
                }
                resync();
            }
        }
    }
}
