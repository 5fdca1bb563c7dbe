package se.inkopsstod.procurement.live;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.VendorOrganisationId;

import java.util.Map;
import java.util.Set;

/**
 * An invited vendor's live stream of a procurement: only what is published to every vendor at
 * once (answers, amendments, deadline changes, the award), each as its type and time, so that
 * all vendors learn of it together and nobody learns who did what.
 */
@RestController
class VendorStreamController {

    private final LiveAccessGuard guard;
    private final LiveEventFeed feed;

    VendorStreamController(LiveAccessGuard guard, LiveEventFeed feed) {
        this.guard = guard;
        this.feed = feed;
    }

    @GetMapping(path = "/api/vendor/procurements/{procurementId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Mono<ResponseEntity<Flux<ServerSentEvent<?>>>> stream(ProcurementAccess access,
                                                         @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        access.vendorOrganisationId();
        long resumeFrom = WorkspaceStreamController.parse(lastEventId);
        return Mono.just(access.procurementId().value()).map(id -> {
            long head = feed.headIndex();
            ServerSentEvent<?> ready = resumeFrom >= 0
                    ? ServerSentEvent.builder(Map.of("resumedFrom", resumeFrom)).event("ready").build()
                    : ServerSentEvent.builder(Map.of("position", head)).event("ready").id(String.valueOf(head)).build();
            Flux<ServerSentEvent<?>> changes = feed.events(id, resumeFrom)
                    .filter(e -> e.audience() == Audience.VENDORS)
                    .map(e -> ServerSentEvent.builder(new VendorLiveEvent(e.id(), e.type(), e.at()))
                            .event("change").id(String.valueOf(e.id())).build());
            Flux<ServerSentEvent<?>> keepAlive = Flux.interval(WorkspaceStreamController.KEEP_ALIVE)
                    .map(tick -> ServerSentEvent.builder().comment("keep-alive").build());
            Flux<ServerSentEvent<?>> all = guard.whileGranted(access, Flux.concat(Flux.just(ready), Flux.merge(changes, keepAlive)));
            return ResponseEntity.ok().header("Cache-Control", "no-cache").header("X-Accel-Buffering", "no").body(all);
        });
    }
}
