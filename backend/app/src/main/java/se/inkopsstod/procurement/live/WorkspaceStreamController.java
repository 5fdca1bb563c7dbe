package se.inkopsstod.procurement.live;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The live stream of a workspace as Server-Sent Events: {@code ready} (with the position to
 * resume from), then {@code change} for every creation, edit, endorsement and phase change,
 * {@code presence} when who-is-here changes, and a comment every 15 s to keep proxies open.
 * A reconnecting browser sends Last-Event-ID and gets what it missed first.
 */
@RestController
class WorkspaceStreamController {

    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final LiveAccessGuard guard;
    private final LiveEventFeed feed;
    private final Presence presence;
    private final PresenceHub presenceHub;

    WorkspaceStreamController(LiveAccessGuard guard, LiveEventFeed feed, Presence presence, PresenceHub presenceHub) {
        this.guard = guard;
        this.feed = feed;
        this.presence = presence;
        this.presenceHub = presenceHub;
    }

    @GetMapping(path = "/api/procurements/{procurementId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Mono<ResponseEntity<Flux<ServerSentEvent<?>>>> stream(ProcurementAccess access,
                                                         @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        CurrentUser user = access.requireMember().user();
        long resumeFrom = parse(lastEventId);
        String connection = UUID.randomUUID().toString();
        return Blocking.call(() -> {
            String id = access.procurementId().value();
            presence.join(connection, id, user.requireId().value(), user.name());
            return id;
        }).map(id -> {
            long head = feed.headIndex();
            ServerSentEvent<?> ready = resumeFrom >= 0
                    ? ServerSentEvent.builder(Map.of("resumedFrom", resumeFrom)).event("ready").build()
                    : ServerSentEvent.builder(Map.of("position", head)).event("ready").id(String.valueOf(head)).build();
            Flux<ServerSentEvent<?>> changes = feed.events(id, resumeFrom)
                    .map(e -> ServerSentEvent.builder(e).event("change").id(String.valueOf(e.id())).build());
            // the newcomer is shown to everyone here at once, and gets the view at once
            Flux<ServerSentEvent<?>> people = Flux.defer(() -> {
                        presenceHub.open(connection, id);
                        return Blocking.run(() -> presenceHub.refresh(id)).thenMany(presenceHub.of(id));
                    })
                    .distinctUntilChanged()
                    .map(p -> ServerSentEvent.<PresenceView>builder(p).event("presence").build());
            Flux<ServerSentEvent<?>> keepAlive = Flux.interval(KEEP_ALIVE)
                    .map(tick -> ServerSentEvent.builder().comment("keep-alive").build());
            Flux<ServerSentEvent<?>> all = guard.whileGranted(access, Flux.concat(Flux.just(ready), Flux.merge(changes, people, keepAlive)))
                    .doFinally(signal -> Blocking.run(() -> {
                        presence.leave(connection);
                        String left = presenceHub.leave(connection);
                        if (left != null) {
                            presenceHub.refresh(left);
                        }
                    }).subscribe());
            return ResponseEntity.ok().header("Cache-Control", "no-cache").header("X-Accel-Buffering", "no").body(all);
        });
    }

    /** What the person is editing now (null when they stop), shown to the others as presence. */
    @PutMapping("/api/procurements/{procurementId}/presence")
    Mono<ResponseEntity<Void>> editing(ProcurementAccess access, @Valid @RequestBody EditingRequest request) {
        CurrentUser user = access.requireMember().user();
        return Blocking.run(() -> {
            String id = access.procurementId().value();
            // presence goes to every teammate's screen: only an item of this procurement, never free text
            if (request.editing() != null && !presence.isItemOf(id, request.editing())) {
                throw new InvalidInputException("presence.unknown-item", "editing",
                        "Presence names a need, requirement or question of this procurement, or nothing.");
            }
            presence.editing(id, user.requireId().value(), request.editing());
            presenceHub.refresh(id);
        }).thenReturn(ResponseEntity.noContent().build());
    }

    static long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return -1;
        }
        try {
            return Math.max(-1, Long.parseLong(lastEventId.strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    record EditingRequest(@Size(max = 64) String editing) {
    }
}
