package se.inkopsstod.devstack;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An SMTP server (GreenMail) in this JVM that accepts every mail for every recipient without
 * authentication and keeps it in memory, with an inbox viewer for the browser
 * ({@link MailInboxViewer}). Both listen on 127.0.0.1 only: the mail is readable by anyone who
 * can reach the viewer.
 */
public final class EmbeddedMailService implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    // own Managers rather than the GreenMail facade: GreenMail.stop() throws the received mail away,
    // and stopSmtp()/startSmtp() must keep it
    private final Managers managers = new Managers();
    private final ServerSetup setup;
    private final MailInboxViewer viewer;
    private SmtpServer smtp;

    // ids handed out so far, by mail key; a mail keeps its id while it is kept
    private final Map<String, String> ids = new HashMap<>();
    private long lastId;

    private EmbeddedMailService(int smtpPort, int viewerPort) {
        managers.getUserManager().setAuthRequired(false);
        setup = new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP);
        startSmtp();
        try {
            viewer = MailInboxViewer.start(this, HOST, viewerPort);
        } catch (RuntimeException e) {
            stopSmtp();
            throw e;
        }
    }

    /**
     * Starts the SMTP server and the inbox viewer. Either port may be 0 for a free one; the SMTP
     * port is then chosen here, once, so that {@link #startSmtp()} comes back on the same port.
     */
    public static EmbeddedMailService start(int smtpPort, int viewerPort) {
        return new EmbeddedMailService(smtpPort == 0 ? freePort() : smtpPort, viewerPort);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded SMTP server", e);
        }
    }

    public String smtpHost() {
        return HOST;
    }

    public int smtpPort() {
        return setup.getPort();
    }

    /** The inbox viewer, without a trailing slash: {@code http://127.0.0.1:PORT}. */
    public String viewerUrl() {
        return viewer.url();
    }

    /** Stops the SMTP server, keeping the received mail: senders get connection refused, for fault tests. */
    public synchronized void stopSmtp() {
        if (smtp != null) {
            smtp.stopService();
            smtp = null;
        }
    }

    /** Starts the SMTP server again on the same port, with the mail it had. */
    public synchronized void startSmtp() {
        if (smtp != null) {
            return;
        }
        // a stopped server thread cannot start again: a new one shares the same Managers (the mail)
        SmtpServer server = new SmtpServer(setup, managers);
        server.startService();
        boolean running;
        try {
            running = server.waitTillRunning(setup.getServerStartupTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        if (!running) {
            server.stopService();
            throw new IllegalStateException("The embedded SMTP server did not start on " + HOST + ":" + setup.getPort());
        }
        smtp = server;
    }

    /** Every mail received and not purged, in the order received (oldest first). */
    public List<ReceivedMail> messages() {
        return inbox().stream().map(InboxEntry::mail).toList();
    }

    /** Throws all received mail away. Ids are not reused. */
    public synchronized void purge() {
        for (GreenMailUser user : managers.getUserManager().listUser()) {
            try {
                managers.getImapHostManager().getInbox(user).deleteAllMessages();
            } catch (FolderException e) {
                throw new IllegalStateException("Could not purge the inbox of " + user.getEmail(), e);
            }
        }
        ids.clear();
    }

    /**
     * The mail with its headers, oldest first. GreenMail stores one copy per recipient; the copies
     * are put together again by Message-ID (or, without one, by content).
     */
    synchronized List<InboxEntry> inbox() {
        Map<String, Copies> byKey = new LinkedHashMap<>();
        for (GreenMailUser user : managers.getUserManager().listUser()) {
            List<StoredMessage> stored;
            try {
                stored = managers.getImapHostManager().getInbox(user).getMessages();
            } catch (FolderException e) {
                throw new IllegalStateException("Could not read the inbox of " + user.getEmail(), e);
            }
            for (StoredMessage message : stored) {
                Copies copies = byKey.computeIfAbsent(key(message.getMimeMessage()), k -> new Copies(message));
                copies.recipients.add(user.getEmail());
                Instant receivedAt = message.getReceivedDate().toInstant();
                if (receivedAt.isBefore(copies.receivedAt)) {
                    copies.receivedAt = receivedAt;
                }
            }
        }
        List<Map.Entry<String, Copies>> ordered = new ArrayList<>(byKey.entrySet());
        ordered.sort(Comparator.comparing((Map.Entry<String, Copies> e) -> e.getValue().receivedAt)
                .thenComparing(e -> e.getValue().first.getUid()));
        List<InboxEntry> inbox = new ArrayList<>();
        for (Map.Entry<String, Copies> entry : ordered) {
            String id = ids.computeIfAbsent(entry.getKey(), k -> Long.toString(++lastId));
            inbox.add(entry.getValue().toEntry(id));
        }
        return inbox;
    }

    private static String key(MimeMessage message) {
        try {
            String messageId = message.getMessageID();
            if (messageId != null && !messageId.isBlank()) {
                return "id:" + messageId;
            }
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.toByteArray()));
        } catch (MessagingException | IOException | NoSuchAlgorithmException e) {
            // cannot tell copies apart: show each on its own
            return "copy:" + System.identityHashCode(message);
        }
    }

    @Override
    public void close() {
        viewer.close();
        stopSmtp();
    }

    /** A received mail with all its headers (decoded), for the viewer's message page. */
    record InboxEntry(ReceivedMail mail, List<Map.Entry<String, String>> headers) {
    }

    /** The copies of one mail that GreenMail stored, one per recipient. */
    private static final class Copies {
        private final StoredMessage first;
        private final Set<String> recipients = new LinkedHashSet<>();
        private Instant receivedAt;

        Copies(StoredMessage first) {
            this.first = first;
            this.receivedAt = first.getReceivedDate().toInstant();
        }

        InboxEntry toEntry(String id) {
            MimeMessage message = first.getMimeMessage();
            MailBodies bodies = MailBodies.of(message);
            ReceivedMail mail = new ReceivedMail(id, from(message), recipientsInHeaderOrder(message), subject(message),
                    receivedAt, bodies.text(), bodies.html());
            return new InboxEntry(mail, headers(message));
        }

        /** The envelope recipients, in the order To and Cc name them; Bcc ones after, sorted. */
        private List<String> recipientsInHeaderOrder(MimeMessage message) {
            List<String> named = new ArrayList<>();
            try {
                Address[] all = message.getAllRecipients();
                for (Address address : all == null ? new Address[0] : all) {
                    if (address instanceof InternetAddress internet) {
                        named.add(internet.getAddress().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (MessagingException unparsable) {
                // fall back to sorting all of them
            }
            List<String> ordered = new ArrayList<>(recipients);
            ordered.sort(Comparator.comparingInt((String r) -> {
                int index = named.indexOf(r.toLowerCase(Locale.ROOT));
                return index < 0 ? Integer.MAX_VALUE : index;
            }).thenComparing(Comparator.naturalOrder()));
            return ordered;
        }

        private static String from(MimeMessage message) {
            try {
                Address[] from = message.getFrom();
                if (from == null || from.length == 0) {
                    return null;
                }
                List<String> names = new ArrayList<>();
                for (Address address : from) {
                    // not toUnicodeString(): that quotes any name with å, ä or ö in it
                    names.add(address instanceof InternetAddress internet && internet.getPersonal() != null
                            ? internet.getPersonal() + " <" + internet.getAddress() + ">"
                            : address.toString());
                }
                return String.join(", ", names);
            } catch (MessagingException unparsable) {
                return header(message, "From");
            }
        }

        private static String subject(MimeMessage message) {
            try {
                return message.getSubject();
            } catch (MessagingException unparsable) {
                return header(message, "Subject");
            }
        }

        private static String header(MimeMessage message, String name) {
            try {
                return message.getHeader(name, ", ");
            } catch (MessagingException e) {
                return null;
            }
        }

        private static List<Map.Entry<String, String>> headers(MimeMessage message) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            try {
                for (Header header : Collections.list(message.getAllHeaders())) {
                    headers.add(Map.entry(header.getName(), decode(header.getValue())));
                }
            } catch (MessagingException unreadable) {
                // show none rather than fail the page
            }
            return headers;
        }

        private static String decode(String value) {
            if (value == null) {
                return "";
            }
            try {
                return MimeUtility.decodeText(MimeUtility.unfold(value));
            } catch (IOException notEncodedWords) {
                return value;
            }
        }
    }
}
