package se.inkopsstod.notification;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.inkopsstod.tenancy.api.Contact;
import se.inkopsstod.tenancy.api.Contacts;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Once a day (07:00 Swedish time), one e-mail per person with everything they chose to hear of in
 * a digest since the last one. Runs on one instance at a time (ShedLock); each person's digest is
 * queued in one transaction with clearing what it holds, so nothing is mailed twice or left out.
 */
@Component
class DailyDigest {

    private static final TypeReference<List<String>> WORDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Preferences preferences;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final Contacts contacts;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    DailyDigest(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json, Preferences preferences, MailComposer composer,
                MailOutbox outbox, Contacts contacts, LockingTaskExecutor locks, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.preferences = preferences;
        this.composer = composer;
        this.outbox = outbox;
        this.contacts = contacts;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(cron = "${inkopsstod.notifications.digest-cron:0 0 7 * * *}", zone = "Europe/Stockholm")
    public void sendAll() {
        locks.executeWithLock((Runnable) this::sendNow,
                new LockConfiguration(clock.instant(), "notification-daily-digest", Duration.ofMinutes(30), Duration.ofSeconds(30)));
    }

    /** Queues every waiting digest now; returns how many people get one. */
    int sendNow() {
        List<String> people = jdbc.sql("select distinct person_id from notification where digest_pending").query(String.class).list();
        int sent = 0;
        for (String person : people) {
            Boolean queued = transaction.execute(status -> digestFor(person));
            sent += Boolean.TRUE.equals(queued) ? 1 : 0;
        }
        return sent;
    }

    private boolean digestFor(String person) {
        List<MailComposer.Line> lines;
        Locale locale = NotificationTexts.locale(preferences.languages(Set.of(person)).get(person));
        lines = jdbc.sql("""
                        update notification set digest_pending = false where person_id = ? and digest_pending
                        returning kind, variant, procurement_id, arguments, created_at""")
                .param(person)
                .query((rs, n) -> new Waiting(rs.getTimestamp("created_at").toInstant(), composer.line(
                        NotificationKind.valueOf(rs.getString("kind")), rs.getString("variant"), rs.getString("procurement_id"),
                        json.readValue(rs.getString("arguments"), WORDS), locale)))
                .list().stream()
                .sorted((a, b) -> b.at().compareTo(a.at()))
                .map(Waiting::line)
                .toList();
        Optional<Contact> contact = Optional.ofNullable(contacts.contacts(Set.of(person)).get(person));
        if (lines.isEmpty() || contact.isEmpty()) {
            return false; // someone who left the directory gets no more mail
        }
        outbox.enqueue(person, contact.get().email(), composer.digest(lines, locale));
        return true;
    }

    private record Waiting(java.time.Instant at, MailComposer.Line line) {
    }
}
