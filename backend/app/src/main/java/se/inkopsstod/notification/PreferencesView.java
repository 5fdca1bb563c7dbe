package se.inkopsstod.notification;

import java.util.List;

/**
 * A person's notification settings: the language of their e-mail ("sv" or "en") and, for each
 * kind that concerns them, its delivery ({@code IMMEDIATE}, {@code DAILY} or {@code OFF}).
 */
record PreferencesView(String language, List<KindDelivery> kinds) {

    record KindDelivery(String kind, String delivery) {
    }
}
