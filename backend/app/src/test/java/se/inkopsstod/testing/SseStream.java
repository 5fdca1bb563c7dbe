package se.inkopsstod.testing;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A Server-Sent Events client as a browser's EventSource would be: it parses events as they arrive. */
public final class SseStream implements AutoCloseable {

    /** One event: its SSE name, id and JSON data. */
    public record Event(String name, String id, JsonNode data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    SseStream(CompletableFuture<HttpResponse<Stream<String>>> response) {
        this.response = response;
        response.thenAccept(r -> CompletableFuture.runAsync(() -> read(r.body())));
    }

    public int status() {
        return response.join().statusCode();
    }

    private void read(Stream<String> lines) {
        String[] name = {null};
        String[] id = {null};
        StringBuilder data = new StringBuilder();
        try {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name[0], id[0], ApiSession.parse(data.toString())));
                    }
                    name[0] = null;
                    id[0] = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id[0] = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            });
        } catch (RuntimeException closed) {
            // the stream was closed by the test
        }
    }

    /** The next event matching the predicate within the timeout; earlier non-matching events are dropped. */
    public Event next(Predicate<Event> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event != null && matching.test(event)) {
                    return event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("No matching event within " + timeout);
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
