package se.inkopsstod.procurement.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.access.ProcurementGate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends a live stream once its person has lost the access it was opened with: taken off the team,
 * a role changed, left the tenant, a vendor's invitation withdrawn. The gate is asked again for
 * all of this instance's open streams at once every few seconds (two reads per round, however
 * many streams); a stream that lost its access gets a {@code revoked} event and ends.
 */
@Component
class LiveAccessGuard {

    private static final Logger log = LoggerFactory.getLogger(LiveAccessGuard.class);
    static final ServerSentEvent<?> REVOKED = ServerSentEvent.builder(Map.of("reason", "access-revoked")).event("revoked").build();

    private final ProcurementGate gate;
    /** Keyed by the access object itself: each open stream has its own. */
    private final Map<ProcurementAccess, Sinks.One<ServerSentEvent<?>>> open = new ConcurrentHashMap<>();

    LiveAccessGuard(ProcurementGate gate) {
        this.gate = gate;
    }

    /** The stream for as long as the access holds; then {@link #REVOKED} and the end. */
    Flux<ServerSentEvent<?>> whileGranted(ProcurementAccess access, Flux<ServerSentEvent<?>> stream) {
        return Flux.defer(() -> {
            Sinks.One<ServerSentEvent<?>> lost = Sinks.one();
            open.put(access, lost);
            return Flux.merge(stream, lost.asMono())
                    .takeUntil(event -> event == REVOKED)
                    .doFinally(signal -> open.remove(access));
        });
    }

    @Scheduled(fixedDelayString = "${inkopsstod.live.access-check-ms:3000}")
    void round() {
        if (open.isEmpty()) {
            return;
        }
        try {
            gate.revoked(List.copyOf(open.keySet())).forEach(access -> {
                Sinks.One<ServerSentEvent<?>> lost = open.remove(access);
                if (lost != null) {
                    lost.tryEmitValue(REVOKED);
                }
            });
        } catch (RuntimeException e) {
            // the database away for a moment: keep the streams, ask again next round
            log.warn("Could not check the access of open live streams: {}", e.toString());
        }
    }
}
