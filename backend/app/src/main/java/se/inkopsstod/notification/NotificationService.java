package se.inkopsstod.notification;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The caller's own inbox, its live unread count and their settings. */
@Service
class NotificationService {

    private static final Set<String> LANGUAGES = Set.of("sv", "en");

    private final Inbox inbox;
    private final Preferences preferences;
    private final NotificationSignals signals;

    NotificationService(Inbox inbox, Preferences preferences, NotificationSignals signals) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.signals = signals;
    }

    Mono<InboxView> inbox(CurrentUser user, int limit, Locale locale) {
        String me = user.requireId().value();
        return Blocking.call(() -> inbox.newest(me, Math.max(1, Math.min(limit, 200)), locale));
    }

    Mono<Void> markRead(CurrentUser user, String notificationId) {
        String me = user.requireId().value();
        return Blocking.run(() -> inbox.markRead(me, notificationId));
    }

    Mono<Void> markAllRead(CurrentUser user) {
        String me = user.requireId().value();
        return Blocking.run(() -> inbox.markAllRead(me));
    }

    /** The unread count now, then again whenever the person's notifications change (on any instance). */
    Flux<Integer> unreadCounts(CurrentUser user) {
        String me = user.requireId().value();
        return Flux.concat(Flux.just(me), signals.of(me).onBackpressureLatest())
                .concatMap(person -> Blocking.call(() -> inbox.unread(person)), 1);
    }

    Mono<PreferencesView> preferences(CurrentUser user) {
        String me = user.requireId().value();
        return Blocking.call(() -> view(user, me));
    }

    Mono<PreferencesView> save(CurrentUser user, PreferencesView wanted) {
        String me = user.requireId().value();
        List<NotificationKind> mine = kinds(user);
        if (wanted == null || wanted.kinds() == null) {
            throw new InvalidInputException("notification.missing-kinds", "kinds",
                    "Send the kinds to change, each with its delivery (an empty list changes none).");
        }
        String language = String.valueOf(wanted.language());
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("notification.unknown-language", "language", "E-mail is written in sv or en.")
                    .withArguments(language);
        }
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        for (PreferencesView.KindDelivery entry : wanted.kinds()) {
            String kindName = entry == null ? null : entry.kind();
            String deliveryName = entry == null ? null : entry.delivery();
            NotificationKind kind = mine.stream().filter(k -> k.name().equals(kindName)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("notification.unknown-kind", "kinds",
                            "There is no such kind of notification for you.").withArguments(String.valueOf(kindName)));
            Delivery delivery = java.util.Arrays.stream(Delivery.values()).filter(d -> d.name().equals(deliveryName)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("notification.unknown-delivery", "kinds",
                            "Choose IMMEDIATE, DAILY or OFF.").withArguments(String.valueOf(deliveryName)));
            chosen.put(kind, delivery);
        }
        return Blocking.call(() -> {
            preferences.save(me, language, chosen);
            return view(user, me);
        });
    }

    private PreferencesView view(CurrentUser user, String me) {
        List<NotificationKind> mine = kinds(user);
        Map<String, Map<NotificationKind, Delivery>> chosen = preferences.deliveries(List.of(me));
        String language = preferences.languages(List.of(me)).getOrDefault(me, "sv");
        return new PreferencesView(language, mine.stream()
                .map(k -> new PreferencesView.KindDelivery(k.name(), preferences.delivery(chosen, me, k).name())).toList());
    }

    private static List<NotificationKind> kinds(CurrentUser user) {
        return Preferences.kindsFor(user.vendorOrganisation() != null, user.tenant() != null);
    }
}
