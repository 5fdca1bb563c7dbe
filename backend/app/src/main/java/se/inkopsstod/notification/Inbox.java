package se.inkopsstod.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import se.inkopsstod.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** One person's notifications: only their own are ever read or marked. Blocking. */
@Repository
class Inbox {

    private static final TypeReference<List<String>> WORDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final NotificationTexts texts;
    private final NotificationSignals signals;
    private final Clock clock;

    Inbox(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json, NotificationTexts texts, NotificationSignals signals,
          Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.texts = texts;
        this.signals = signals;
        this.clock = clock;
    }

    InboxView newest(String personId, int limit, Locale locale) {
        List<NotificationView> items = jdbc.sql("""
                        select notification_id, kind, variant, procurement_id, arguments, created_at, read_at from notification
                         where person_id = ? order by created_at desc, notification_id limit ?""")
                .params(personId, limit)
                .query((rs, n) -> {
                    NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
                    String variant = rs.getString("variant");
                    List<String> words = json.readValue(rs.getString("arguments"), WORDS);
                    String procurementId = rs.getString("procurement_id");
                    String procurementTitle = words.isEmpty() || words.get(0).isEmpty() ? null : words.get(0);
                    return new NotificationView(rs.getString("notification_id"), kind.name(), texts.title(kind, variant, words, locale),
                            texts.body(kind, variant, words, locale), procurementId, procurementTitle,
                            NotificationLinks.path(kind, procurementId), rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("read_at") != null);
                })
                .list();
        return new InboxView(unread(personId), items);
    }

    int unread(String personId) {
        return jdbc.sql("select count(*) from notification where person_id = ? and read_at is null").param(personId)
                .query(Integer.class).single();
    }

    /** Marks one of the person's own notifications read; another person's is not found. */
    void markRead(String personId, String notificationId) {
        transaction.executeWithoutResult(status -> {
            int found = jdbc.sql("""
                            update notification set read_at = coalesce(read_at, ?) where notification_id = ? and person_id = ?""")
                    .params(Timestamp.from(clock.instant()), notificationId, personId).update();
            if (found == 0) {
                throw new NotFoundException("No such notification.").withMessageKey("not-found.notification");
            }
            signals.changed(personId);
        });
    }

    void markAllRead(String personId) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update notification set read_at = ? where person_id = ? and read_at is null")
                    .params(Timestamp.from(clock.instant()), personId).update();
            signals.changed(personId);
        });
    }
}
