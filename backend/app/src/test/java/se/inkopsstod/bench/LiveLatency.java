package se.inkopsstod.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phase 3 of the benchmark: edits at a steady rate spread over many workspaces, each workspace
 * watched by many open live streams, as browsers would. Measures the time from an edit's HTTP
 * acknowledgement to the change's arrival on each stream of its workspace.
 */
final class LiveLatency {

    private static final Pattern CHANGE = Pattern.compile("\"itemId\":\"([^\"]+)\",\"version\":(\\d+)");

    /** The latencies (ns, sorted), how many arrivals were expected and how many came, the rate reached. */
    record Outcome(Benchmark.Result latency, Benchmark.Result fromRequest, long expected, long delivered, double editsPerSecond,
                   long earlierThanAck) {
    }

    private record Arrival(String key, long at) {
    }

    private LiveLatency() {
    }

    static Outcome run(List<Benchmark.Client> workspaces, int streamsPerWorkspace, double editsPerSecond, double seconds)
            throws InterruptedException {
        ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
        CountDownLatch ready = new CountDownLatch(workspaces.size() * streamsPerWorkspace);
        List<Listener> listeners = new ArrayList<>();
        for (Benchmark.Client workspace : workspaces) {
            for (int i = 0; i < streamsPerWorkspace; i++) {
                Listener listener = new Listener(arrivals, ready);
                listeners.add(listener);
                workspace.session().streamLines(workspace.base() + "/stream", listener);
            }
        }
        if (!ready.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException((ready.getCount()) + " live streams did not open");
        }
        Thread.sleep(1_000); // let the opening presence traffic settle
        arrivals.clear();

        Map<String, Long> acks = new ConcurrentHashMap<>();
        Map<String, Long> sent = new ConcurrentHashMap<>();
        long periodNanos = (long) (workspaces.size() / editsPerSecond * 1e9);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> editors = new ArrayList<>();
        for (int w = 0; w < workspaces.size(); w++) {
            Benchmark.Client workspace = workspaces.get(w);
            long offset = periodNanos * w / workspaces.size();
            Thread editor = new Thread(() -> {
                for (long slot = start + offset; slot < end; slot += periodNanos) {
                    sleepUntil(slot);
                    long request = System.nanoTime();
                    workspace.edit();
                    String key = workspace.need() + ":" + workspace.version().get();
                    acks.put(key, System.nanoTime());
                    sent.put(key, request);
                }
            });
            editor.start();
            editors.add(editor);
        }
        for (Thread editor : editors) {
            editor.join();
        }
        double rate = acks.size() / ((System.nanoTime() - start) / 1e9);
        Thread.sleep(2_000); // the last changes on their way
        listeners.forEach(Listener::cancel);

        List<Long> latencies = new ArrayList<>();
        List<Long> fromRequest = new ArrayList<>();
        long early = 0;
        for (Arrival arrival : arrivals) {
            Long ack = acks.get(arrival.key());
            if (ack != null) {
                long latency = arrival.at() - ack;
                // the change may reach a stream before the editor's own response does
                early += latency < 0 ? 1 : 0;
                latencies.add(Math.max(0, latency));
                fromRequest.add(arrival.at() - sent.get(arrival.key()));
            }
        }
        Collections.sort(latencies);
        Collections.sort(fromRequest);
        return new Outcome(new Benchmark.Result(rate, latencies, null), new Benchmark.Result(rate, fromRequest, null),
                (long) acks.size() * streamsPerWorkspace,
                latencies.size(), rate, early);
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One browser's live stream: notes when each change arrives, on the HTTP client's threads. */
    private static final class Listener implements Flow.Subscriber<String> {

        private final ConcurrentLinkedQueue<Arrival> arrivals;
        private final CountDownLatch ready;
        private volatile Flow.Subscription subscription;

        Listener(ConcurrentLinkedQueue<Arrival> arrivals, CountDownLatch ready) {
            this.arrivals = arrivals;
            this.ready = ready;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.equals("event:ready")) {
                ready.countDown();
            } else if (line.startsWith("data:")) {
                Matcher change = CHANGE.matcher(line);
                if (change.find()) {
                    arrivals.add(new Arrival(change.group(1) + ":" + change.group(2), System.nanoTime()));
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            // a stream cancelled at the end of the phase
        }

        @Override
        public void onComplete() {
        }

        void cancel() {
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }
}
