package se.inkopsstod.procurement.live;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Presence for all of this instance's open live streams at once. Every two seconds one statement
 * says all of them are still there and one reads who is in each of their workspaces; each
 * workspace's view goes to its streams. A thousand open streams cost two statements, not a
 * thousand heartbeats and a thousand reads. A join, a leave or a change of what someone edits is
 * shown to this instance's streams at once; other instances see it at their next round.
 */
@Component
class PresenceHub {

    static final Duration ROUND = Duration.ofSeconds(2);

    private final Presence presence;
    private final Map<String, String> workspaceOfConnection = new ConcurrentHashMap<>();
    private final Map<String, Sinks.Many<PresenceView>> views = new ConcurrentHashMap<>();

    PresenceHub(Presence presence) {
        this.presence = presence;
    }

    /** A stream of this workspace is open here: it takes part in the rounds until {@link #leave}. */
    void open(String connection, String procurementId) {
        workspaceOfConnection.put(connection, procurementId); // first: a leave meanwhile keeps the view
        views.computeIfAbsent(procurementId, id -> Sinks.many().replay().latest());
    }

    /** The workspace's presence as it changes, beginning with the latest known view. */
    Flux<PresenceView> of(String procurementId) {
        return views.computeIfAbsent(procurementId, id -> Sinks.many().replay().latest()).asFlux();
    }

    /** The stream is gone; returns its workspace (null if unknown). */
    String leave(String connection) {
        String procurementId = workspaceOfConnection.remove(connection);
        if (procurementId != null) {
            views.computeIfPresent(procurementId, (id, sink) -> workspaceOfConnection.containsValue(id) ? sink : null);
        }
        return procurementId;
    }

    /** Reads the workspace's presence now and shows it to this instance's streams of it (blocking). */
    void refresh(String procurementId) {
        emit(procurementId, presence.in(List.of(procurementId)).get(procurementId));
    }

    @Scheduled(fixedDelayString = "${inkopsstod.presence.round-ms:2000}")
    void round() {
        if (workspaceOfConnection.isEmpty()) {
            return;
        }
        presence.heartbeat(new HashSet<>(workspaceOfConnection.keySet()));
        presence.in(new HashSet<>(workspaceOfConnection.values())).forEach(this::emit);
    }

    private void emit(String procurementId, PresenceView view) {
        Sinks.Many<PresenceView> sink = views.get(procurementId);
        if (sink != null && view != null) {
            // the round and a refresh may emit at the same moment: take turns rather than drop one
            sink.emitNext(view, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(200)));
        }
    }
}
