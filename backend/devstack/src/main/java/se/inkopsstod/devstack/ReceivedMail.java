package se.inkopsstod.devstack;

import java.time.Instant;
import java.util.List;

/**
 * One mail as the embedded SMTP server received it, bodies decoded to text.
 *
 * @param id         stable for as long as the mail is kept; the inbox viewer's {@code /message/{id}}
 * @param from       the From header, decoded ({@code null} when missing)
 * @param to         the envelope recipients: everyone who got it, Bcc included
 * @param subject    the subject, decoded ({@code null} when missing)
 * @param receivedAt when the server received it
 * @param text       the text/plain body ({@code null} when the mail has none)
 * @param html       the text/html body ({@code null} when the mail has none)
 */
public record ReceivedMail(String id, String from, List<String> to, String subject, Instant receivedAt,
                           String text, String html) {

    public ReceivedMail {
        to = List.copyOf(to);
    }
}
