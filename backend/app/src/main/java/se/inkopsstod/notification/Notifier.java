package se.inkopsstod.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.tenancy.api.Contact;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Puts a notice into each recipient's inbox, as they chose: with an e-mail at once, waiting for
 * the daily digest, or not at all. Runs in the caller's transaction; the e-mail only goes into the
 * outbox here, so a slow or broken mail server never holds up what caused it, and the live unread
 * counts hear of it (on every instance) when the transaction commits.
 */
@Component
class Notifier {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Preferences preferences;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final NotificationSignals signals;
    private final Clock clock;

    Notifier(JdbcClient jdbc, JsonMapper json, Preferences preferences, MailComposer composer, MailOutbox outbox,
             NotificationSignals signals, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.preferences = preferences;
        this.composer = composer;
        this.outbox = outbox;
        this.signals = signals;
        this.clock = clock;
    }

    void notify(Notice notice) {
        List<String> people = notice.recipients().stream().map(Contact::personId).distinct().toList();
        if (people.isEmpty()) {
            return;
        }
        Map<String, Map<NotificationKind, Delivery>> chosen = preferences.deliveries(people);
        Map<String, String> languages = preferences.languages(people);
        String arguments = json.writeValueAsString(notice.arguments());
        for (Contact recipient : notice.recipients()) {
            Delivery delivery = preferences.delivery(chosen, recipient.personId(), notice.kind());
            if (delivery == Delivery.OFF) {
                continue;
            }
            boolean added = jdbc.sql("""
                            insert into notification (notification_id, person_id, kind, variant, tenant_id, procurement_id, arguments,
                                                      created_at, digest_pending, source_key)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (source_key, person_id) do nothing""")
                    .params(UUID.randomUUID().toString(), recipient.personId(), notice.kind().name(), notice.variant(),
                            notice.tenantId(), notice.procurementId(), arguments, Timestamp.from(clock.instant()),
                            delivery == Delivery.DAILY, notice.sourceKey())
                    .update() == 1;
            if (!added) {
                continue;
            }
            if (delivery == Delivery.IMMEDIATE) {
                MailComposer.Mail mail = composer.single(notice.kind(), notice.variant(), notice.procurementId(), notice.arguments(),
                        NotificationTexts.locale(languages.get(recipient.personId())));
                outbox.enqueue(recipient.personId(), recipient.email(), mail);
            }
            signals.changed(recipient.personId());
        }
    }
}
