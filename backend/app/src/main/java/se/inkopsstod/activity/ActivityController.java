package se.inkopsstod.activity;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.ProblemMessages;
import se.inkopsstod.shared.CurrentUser;

import java.util.List;
import java.util.Locale;

/** The caller's own tenant's recent activity, newest first, as {@link TenantActivity} lets the caller see it. */
@RestController
class ActivityController {

    private final TenantActivity activity;
    private final MessageSource messages;
    private final ProblemMessages languages;

    ActivityController(TenantActivity activity, MessageSource messages, ProblemMessages languages) {
        this.activity = activity;
        this.messages = messages;
        this.languages = languages;
    }

    @GetMapping("/api/tenant/activity")
    Mono<List<ActivityEntry>> activity(CurrentUser user, ServerWebExchange exchange) {
        Locale locale = languages.localeOf(exchange);
        return activity.recent(user).map(entries -> entries.stream()
                .map(entry -> entry.withWhat(what(entry.type(), locale))).toList());
    }

    /** The event type's sentence; an event type without one (ActivityMessagesTest forbids it) says "a change". */
    private String what(String type, Locale locale) {
        String other = messages.getMessage("activity.other", null, "", locale);
        return messages.getMessage("activity." + type, null, other, locale);
    }
}
