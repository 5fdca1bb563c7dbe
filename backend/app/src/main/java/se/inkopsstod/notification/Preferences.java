package se.inkopsstod.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each person's delivery per kind (immediate unless chosen otherwise) and the language of their e-mail. */
@Repository
class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The deliveries these people chose; a kind not chosen is {@link Delivery#IMMEDIATE}. */
    Map<String, Map<NotificationKind, Delivery>> deliveries(Collection<String> personIds) {
        Map<String, Map<NotificationKind, Delivery>> chosen = new HashMap<>();
        if (personIds.isEmpty()) {
            return chosen;
        }
        jdbc.sql("select person_id, kind, delivery from notification_preference where person_id = any(?)")
                .param(personIds.toArray(String[]::new))
                .query(rs -> {
                    chosen.computeIfAbsent(rs.getString("person_id"), p -> new EnumMap<>(NotificationKind.class))
                            .put(NotificationKind.valueOf(rs.getString("kind")), Delivery.valueOf(rs.getString("delivery")));
                });
        return chosen;
    }

    Delivery delivery(Map<String, Map<NotificationKind, Delivery>> chosen, String personId, NotificationKind kind) {
        return chosen.getOrDefault(personId, Map.of()).getOrDefault(kind, Delivery.IMMEDIATE);
    }

    /** The e-mail language of these people: "sv" unless they chose "en". */
    Map<String, String> languages(Collection<String> personIds) {
        Map<String, String> languages = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select person_id, language from notification_setting where person_id = any(?)")
                    .param(personIds.toArray(String[]::new))
                    .query(rs -> {
                        languages.put(rs.getString("person_id"), rs.getString("language"));
                    });
        }
        return languages;
    }

    void save(String personId, String language, Map<NotificationKind, Delivery> deliveries) {
        jdbc.sql("""
                        insert into notification_setting (person_id, language) values (?, ?)
                        on conflict (person_id) do update set language = excluded.language""")
                .params(personId, language).update();
        for (Map.Entry<NotificationKind, Delivery> entry : deliveries.entrySet()) {
            jdbc.sql("""
                            insert into notification_preference (person_id, kind, delivery) values (?, ?, ?)
                            on conflict (person_id, kind) do update set delivery = excluded.delivery""")
                    .params(personId, entry.getKey().name(), entry.getValue().name()).update();
        }
    }

    static List<NotificationKind> kindsFor(boolean vendor, boolean tenantMember) {
        return java.util.Arrays.stream(NotificationKind.values())
                .filter(k -> (vendor && k.concernsVendors()) || (tenantMember && k.concernsTenantMembers())).toList();
    }
}
