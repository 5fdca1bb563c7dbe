package se.inkopsstod.notification;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.ProblemMessages;
import se.inkopsstod.shared.CurrentUser;

import java.time.Duration;
import java.util.Map;

/** The caller's own notifications and settings; nobody reads or marks another person's. */
@RestController
class NotificationController {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

    private final NotificationService notifications;
    private final ProblemMessages languages;

    NotificationController(NotificationService notifications, ProblemMessages languages) {
        this.notifications = notifications;
        this.languages = languages;
    }

    @GetMapping("/api/notifications")
    Mono<InboxView> inbox(CurrentUser user, @RequestParam(defaultValue = "50") int limit, ServerWebExchange exchange) {
        return notifications.inbox(user, limit, languages.localeOf(exchange));
    }

    @PostMapping("/api/notifications/{notificationId}/read")
    Mono<ResponseEntity<Void>> read(CurrentUser user, @PathVariable String notificationId) {
        return notifications.markRead(user, notificationId).thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/api/notifications/read-all")
    Mono<ResponseEntity<Void>> readAll(CurrentUser user) {
        return notifications.markAllRead(user).thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping(path = "/api/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<Flux<ServerSentEvent<?>>> stream(CurrentUser user) {
        Flux<ServerSentEvent<?>> counts = notifications.unreadCounts(user)
                .map(unread -> ServerSentEvent.builder(Map.of("unread", unread)).event("unread").build());
        Flux<ServerSentEvent<?>> keepAlive = Flux.interval(KEEP_ALIVE).map(tick -> ServerSentEvent.builder().comment("keep-alive").build());
        return ResponseEntity.ok().header("Cache-Control", "no-cache").header("X-Accel-Buffering", "no")
                .body(Flux.merge(counts, keepAlive));
    }

    @GetMapping("/api/notifications/preferences")
    Mono<PreferencesView> preferences(CurrentUser user) {
        return notifications.preferences(user);
    }

    @PutMapping("/api/notifications/preferences")
    Mono<PreferencesView> savePreferences(CurrentUser user, @RequestBody PreferencesView wanted) {
        return notifications.save(user, wanted);
    }
}
