package se.inkopsstod.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings under {@code inkopsstod.notifications}.
 *
 * @param from           the sender of every e-mail
 * @param maxAge         an event older than this when it arrives notifies nobody (a first start on an old log, a replay)
 * @param remindBefore   how long before a deadline its reminder goes out
 * @param mailRetryDelay the wait after the first failed send; it doubles with each failure, up to an hour
 * @param mailAttempts   sends tried before an e-mail is given up (and logged)
 * @param mailViewerUrl  the development inbox (the embedded SMTP server's), shown in the log; empty in production
 */
@ConfigurationProperties("inkopsstod.notifications")
record NotificationsProperties(String from, Duration maxAge, Duration remindBefore, Duration mailRetryDelay, int mailAttempts,
                               String mailViewerUrl) {

    NotificationsProperties {
        from = from == null || from.isBlank() ? "Inköpsstöd <noreply@inkopsstod.example>" : from;
        maxAge = maxAge == null ? Duration.ofHours(24) : maxAge;
        remindBefore = remindBefore == null ? Duration.ofHours(24) : remindBefore;
        mailRetryDelay = mailRetryDelay == null ? Duration.ofSeconds(30) : mailRetryDelay;
        mailAttempts = mailAttempts <= 0 ? 10 : mailAttempts;
        mailViewerUrl = mailViewerUrl == null ? "" : mailViewerUrl;
    }
}
