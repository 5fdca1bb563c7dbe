package se.inkopsstod.testing;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A buyer editing one need's statement over and over in the background ("Edit 0", "Edit 1", …),
 * noting every answer: what a fault test runs while it breaks something underneath.
 */
public final class NeedEditor {

    /** One edit and its answer; status -1 when no answer came (the connection failed). */
    public record Attempt(String statement, int status, String body) {
    }

    private final ApiSession buyer;
    private final String path;
    private final String need;
    private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private NeedEditor(ApiSession buyer, String path, String need, long pauseMillis) {
        this.buyer = buyer;
        this.path = path;
        this.need = need;
        this.thread = new Thread(() -> edit(pauseMillis), "need-editor");
    }

    /** Creates a procurement with one need as this buyer and starts editing it. */
    public static NeedEditor start(ApiSession buyer, String title, long pauseMillis) {
        String procurement = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"%s %s","category":"assessment","procedure":"OPEN","estimatedValueSek":100000}"""
                .formatted(title, UUID.randomUUID())).body()).get("id").asString();
        String needs = "/api/procurements/" + procurement + "/needs";
        String need = ApiSession.parse(buyer.post(needs, """
                {"statement":"Start","perspective":"teacher","schoolProcess":"assessment","priority":"LOW"}""").body())
                .get("id").asString();
        NeedEditor editor = new NeedEditor(buyer, needs + "/" + need, need, pauseMillis);
        editor.thread.start();
        return editor;
    }

    private void edit(long pauseMillis) {
        long version = 1;
        for (int i = 0; running.get(); i++) {
            String statement = "Edit " + i;
            try {
                HttpResponse<String> answer = buyer.write("PATCH", path,
                        "{\"baseVersion\":" + version + ",\"changes\":{\"statement\":\"" + statement + "\"}}", "application/json");
                attempts.add(new Attempt(statement, answer.statusCode(), answer.body()));
                if (answer.statusCode() == 200) {
                    version = ApiSession.parse(answer.body()).get("version").asLong();
                }
            } catch (RuntimeException noAnswer) {
                attempts.add(new Attempt(statement, -1, String.valueOf(noAnswer.getMessage())));
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops editing and waits for the edit under way to be answered. */
    public void stop() throws InterruptedException {
        running.set(false);
        thread.join();
    }

    public String need() {
        return need;
    }

    public String path() {
        return path;
    }

    public List<Attempt> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    /** The statements of the edits answered 200. */
    public List<String> acknowledged() {
        return attempts().stream().filter(a -> a.status() == 200).map(Attempt::statement).toList();
    }

    /** The edits answered otherwise, or not at all. */
    public List<Attempt> refused() {
        return attempts().stream().filter(a -> a.status() != 200).toList();
    }

    /**
     * Waits until the Kafka-fed activity feed has as many entries for the need as there are events
     * of it in the event store (or the timeout passes); returns how many it has.
     */
    public int awaitFeed(JdbcTemplate jdbc, Duration timeout) {
        Integer events = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, need);
        long deadline = System.nanoTime() + timeout.toNanos();
        Integer fed = jdbc.queryForObject("select count(*) from activity_entry where aggregate_id = ?", Integer.class, need);
        while (System.nanoTime() < deadline && !events.equals(fed)) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            fed = jdbc.queryForObject("select count(*) from activity_entry where aggregate_id = ?", Integer.class, need);
        }
        return fed;
    }

    /** How many events of the need the event store holds. */
    public int storedEvents(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class, need);
    }

    /** The statements the need's history holds, newest first, as the given session reads it. */
    public List<String> storedStatements(ApiSession reader) {
        List<String> stored = new ArrayList<>();
        for (JsonNode entry : reader.json(path + "/history")) {
            for (JsonNode change : entry.get("changes")) {
                if (change.get("field").asString().equals("statement")) {
                    stored.add(change.get("to").asString());
                }
            }
        }
        return stored;
    }
}
