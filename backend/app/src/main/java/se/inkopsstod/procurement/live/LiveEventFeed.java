package se.inkopsstod.procurement.live;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import se.inkopsstod.platform.axon.AuditMetadata;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.shared.Audience;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Tails the event store (shared by every app instance, so an edit made through any instance
 * reaches every browser) and fans workspace events out to the open live streams of this
 * instance. Keeps the latest events in memory so that a reconnecting browser resumes from its
 * Last-Event-ID; older gaps are read back from the event store.
 */
@Component
class LiveEventFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveEventFeed.class);
    private static final int RECENT = 10_000;

    private final EventStore eventStore;
    private final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();
    private final Deque<LiveEvent> recent = new ArrayDeque<>();
    private volatile long headIndex = -1;
    private volatile boolean running;
    private Thread tail;

    LiveEventFeed(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * Events of one procurement after {@code lastSeen} (or from now, if -1), then live ones, in
     * order and without duplicates.
     */
    Flux<LiveEvent> events(String procurementId, long lastSeen) {
        Flux<LiveEvent> live = sink.asFlux().filter(e -> e.procurementId().equals(procurementId));
        if (lastSeen < 0) {
            return live;
        }
        // subscribe to live first, then replay the gap; drop live events the replay already gave
        return Flux.defer(() -> {
            long[] last = {lastSeen};
            Flux<LiveEvent> gap = Flux.defer(() -> Flux.fromIterable(missed(procurementId, lastSeen)))
                    .subscribeOn(Schedulers.boundedElastic());
            return Flux.concat(gap, live.skipUntil(e -> e.id() > lastSeen))
                    .filter(e -> {
                        if (e.id() <= last[0]) {
                            return false;
                        }
                        last[0] = e.id();
                        return true;
                    });
        });
    }

    /** The position of the newest event seen: a fresh stream starts after it. */
    long headIndex() {
        return headIndex;
    }

    private List<LiveEvent> missed(String procurementId, long lastSeen) {
        List<LiveEvent> found = new ArrayList<>();
        synchronized (recent) {
            LiveEvent oldest = recent.peekFirst();
            if (oldest != null && oldest.id() <= lastSeen + 1) {
                recent.stream().filter(e -> e.id() > lastSeen && e.procurementId().equals(procurementId)).forEach(found::add);
                return found;
            }
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(GapAwareTrackingToken.newInstance(lastSeen, Set.of()))) {
            while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                LiveEvent live = toLive(event);
                if (live != null && live.procurementId().equals(procurementId)) {
                    found.add(live);
                }
                if (position(event.trackingToken()) >= headIndex) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return found;
    }

    private void tail() {
        TrackingToken start = eventStore.createHeadToken();
        headIndex = start == null ? -1 : position(start);
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(start)) {
            while (running) {
                if (!stream.hasNextAvailable(500, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                headIndex = position(event.trackingToken());
                LiveEvent live = toLive(event);
                if (live != null) {
                    synchronized (recent) {
                        recent.addLast(live);
                        if (recent.size() > RECENT) {
                            recent.removeFirst();
                        }
                    }
                    sink.tryEmitNext(live);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (running) {
                log.error("Live event feed stopped; restarting", e);
                tail();
            }
        }
    }

    private static LiveEvent toLive(TrackedEventMessage<?> event) {
        if (!(event.getPayload() instanceof ProcurementScoped scoped) || !(event instanceof DomainEventMessage<?> domain)) {
            return null;
        }
        Audience audience = Audience.of(event.getPayloadType());
        if (!audience.leavesTheStore()) {
            return null; // sealed tender content and personal answers reach no stream
        }
        Object userId = event.getMetaData().get(AuditMetadata.USER_ID);
        Object userName = event.getMetaData().get(AuditMetadata.USER_NAME);
        return new LiveEvent(position(event.trackingToken()), scoped.procurementId().value(),
                event.getPayloadType().getSimpleName().replaceFirst("Event$", ""), domain.getAggregateIdentifier(),
                domain.getSequenceNumber() + 1,
                new LiveEvent.Actor(userId == null ? null : userId.toString(), userName == null ? null : userName.toString()),
                event.getTimestamp(), audience);
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(-1);
    }

    @Override
    public void start() {
        running = true;
        tail = new Thread(this::tail, "live-event-feed");
        tail.setDaemon(true);
        tail.start();
    }

    @Override
    public void stop() {
        running = false;
        if (tail != null) {
            tail.interrupt();
        }
        sink.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // after Axon's own components have started
        return Integer.MAX_VALUE - 100;
    }
}
