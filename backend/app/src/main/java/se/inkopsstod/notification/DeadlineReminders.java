package se.inkopsstod.notification;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.inkopsstod.procurement.api.Participants;
import se.inkopsstod.procurement.api.ProcurementParticipants;
import se.inkopsstod.procurement.api.UpcomingDeadline;
import se.inkopsstod.tenancy.api.Contact;
import se.inkopsstod.tenancy.api.Contacts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reminds people of a deadline {@code remind-before} ahead: vendors of the last day for questions
 * and of the tender deadline, the team of the day its answers are due. The job runs on one
 * instance at a time (ShedLock), and each deadline's reminder is recorded with its notifications
 * in one transaction under a unique key, so it goes out once even if two runs met.
 */
@Component
class DeadlineReminders {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ProcurementParticipants procurements;
    private final Contacts contacts;
    private final Notifier notifier;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final Duration remindBefore;

    DeadlineReminders(JdbcClient jdbc, TransactionTemplate transaction, ProcurementParticipants procurements, Contacts contacts,
                      Notifier notifier, LockingTaskExecutor locks, Clock clock, NotificationsProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.procurements = procurements;
        this.contacts = contacts;
        this.notifier = notifier;
        this.locks = locks;
        this.clock = clock;
        this.remindBefore = properties.remindBefore();
    }

    @Scheduled(fixedDelayString = "${inkopsstod.notifications.reminder-interval:1m}", initialDelayString = "10s")
    public void remindAll() {
        locks.executeWithLock((Runnable) this::remindNow,
                new LockConfiguration(clock.instant(), "notification-deadline-reminders", Duration.ofMinutes(10), Duration.ZERO));
    }

    /** Sends the reminders due now that were not sent before; returns how many deadlines were reminded of. */
    int remindNow() {
        Instant now = clock.instant();
        int reminded = 0;
        for (UpcomingDeadline deadline : procurements.deadlinesBetween(now, now.plus(remindBefore))) {
            Boolean sent = transaction.execute(status -> remind(deadline, now));
            reminded += Boolean.TRUE.equals(sent) ? 1 : 0;
        }
        return reminded;
    }

    private boolean remind(UpcomingDeadline deadline, Instant now) {
        boolean first = jdbc.sql("""
                        insert into notification_reminder (procurement_id, deadline_kind, deadline_at, sent_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(deadline.procurementId(), deadline.kind().name(), Timestamp.from(deadline.at()), Timestamp.from(now))
                .update() == 1;
        if (!first) {
            return false;
        }
        Optional<Participants> procurement = procurements.of(deadline.procurementId());
        procurement.ifPresent(p -> notifier.notify(new Notice(
                "reminder:" + p.procurementId() + ":" + deadline.kind() + ":" + deadline.at(), NotificationKind.DEADLINE_APPROACHING,
                deadline.kind().name(), p.tenantId(), p.procurementId(), List.of(p.title(), when(deadline)), recipients(p, deadline))));
        return procurement.isPresent();
    }

    /** The day for a day's deadline (it ends at midnight), the moment for the tender deadline. */
    private static String when(UpcomingDeadline deadline) {
        if (deadline.kind() == UpcomingDeadline.Kind.TENDER_DEADLINE) {
            return NotificationTexts.moment(deadline.at());
        }
        return NotificationTexts.day(LocalDate.ofInstant(deadline.at(), java.time.ZoneId.of("Europe/Stockholm")).minusDays(1));
    }

    private List<Contact> recipients(Participants procurement, UpcomingDeadline deadline) {
        if (deadline.kind() == UpcomingDeadline.Kind.ANSWERS_DUE) {
            return contacts.contacts(procurement.team()).values().stream()
                    .filter(c -> procurement.tenantId().equals(c.tenantId())).toList();
        }
        return contacts.vendorUsers(procurement.invitedVendors());
    }
}
