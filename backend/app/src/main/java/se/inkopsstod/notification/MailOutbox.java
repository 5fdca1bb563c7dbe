package se.inkopsstod.notification;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The e-mail outbox. Mail is queued in the database with what caused it and sent by a scheduled
 * job: a failure is tried again after a wait that doubles each time (up to an hour), and after
 * {@code mail-attempts} tries the mail is given up and logged. Any number of instances may send:
 * each claims its rows for a lease ({@code for update skip locked}), so no mail goes out twice unless
 * an instance dies between the server's acceptance and recording it (then it goes out again).
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 20;
    /** Longer than a batch of SMTP conversations can take with the mail timeouts of application.yml. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationsProperties properties;
    private final Clock clock;
    private final boolean configured;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders,
               NotificationsProperties properties, Clock clock, @Value("${spring.mail.host:}") String host) {
        this.jdbc = jdbc;
        this.senders = senders;
        this.properties = properties;
        this.clock = clock;
        this.configured = !host.isBlank();
        if (!configured) {
            log.warn("E-mail is off: MAIL_HOST is not set. Notifications reach the in-app inbox; their e-mail waits in the outbox.");
        } else if (!properties.mailViewerUrl().isBlank()) {
            log.info("E-mail goes to the development inbox: {}", properties.mailViewerUrl());
        }
    }

    /** Queues one e-mail in the caller's transaction. */
    void enqueue(String personId, String address, MailComposer.Mail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into notification_mail (mail_id, person_id, address, subject, text_body, html_body, created_at,
                                                       next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), personId, address, mail.subject(), mail.text(), mail.html(), now, now)
                .update();
    }

    @Scheduled(fixedDelayString = "${inkopsstod.notifications.mail-poll:2s}", initialDelayString = "3s")
    public void sendDue() {
        if (!configured) {
            return;
        }
        List<Queued> due;
        do {
            due = claim();
            JavaMailSender sender = senders.getObject();
            for (Queued mail : due) {
                send(sender, mail);
            }
        } while (due.size() == BATCH);
    }

    /**
     * Takes up to a batch of due mail for this instance: their next attempt moves past a lease, so
     * no other instance takes them while they are sent (no transaction is held over the SMTP
     * conversation), and another instance takes them after the lease if this one dies.
     */
    private List<Queued> claim() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update notification_mail set next_attempt_at = ?
                         where mail_id in (select mail_id from notification_mail
                                            where sent_at is null and failed_at is null and next_attempt_at <= ?
                                            order by next_attempt_at limit ? for update skip locked)
                        returning mail_id, address, subject, text_body, html_body, attempts""")
                .params(Timestamp.from(now.plus(LEASE)), Timestamp.from(now), BATCH)
                .query((rs, n) -> new Queued(rs.getString("mail_id"), rs.getString("address"), rs.getString("subject"),
                        rs.getString("text_body"), rs.getString("html_body"), rs.getInt("attempts")))
                .list();
    }

    private void send(JavaMailSender sender, Queued mail) {
        try {
            sender.send(message(sender, mail));
            jdbc.sql("update notification_mail set sent_at = ?, attempts = attempts + 1, last_error = null where mail_id = ?")
                    .params(Timestamp.from(clock.instant()), mail.id()).update();
        } catch (Exception e) {
            failed(mail, e, clock.instant());
        }
    }

    private void failed(Queued mail, Exception e, Instant now) {
        int attempts = mail.attempts() + 1;
        String error = String.valueOf(e.getMessage());
        error = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= properties.mailAttempts()) {
            log.error("Giving up an e-mail to {} after {} attempts: {}", mail.address(), attempts, error);
            jdbc.sql("update notification_mail set attempts = ?, failed_at = ?, last_error = ? where mail_id = ?")
                    .params(attempts, Timestamp.from(now), error, mail.id()).update();
            return;
        }
        Duration wait = properties.mailRetryDelay().multipliedBy(1L << Math.min(attempts - 1, 16));
        wait = wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
        log.warn("Could not send an e-mail (attempt {}), trying again in {}: {}", attempts, wait, error);
        jdbc.sql("update notification_mail set attempts = ?, next_attempt_at = ?, last_error = ? where mail_id = ?")
                .params(attempts, Timestamp.from(now.plus(wait)), error, mail.id()).update();
    }

    private MimeMessage message(JavaMailSender sender, Queued mail) throws jakarta.mail.MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.address());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        return message;
    }

    private record Queued(String id, String address, String subject, String text, String html, int attempts) {
    }
}
