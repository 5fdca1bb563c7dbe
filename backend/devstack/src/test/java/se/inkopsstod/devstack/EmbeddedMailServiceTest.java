package se.inkopsstod.devstack;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMailServiceTest {

    private static final String SUBJECT = "Påminnelse: <anbud> öppnas snart";
    private static final String TEXT = "Hej Åsa & Örjan!\nAnbudet öppnas i morgon. Läs mer: <https://example.se/a?b=1&c=2>";
    private static final String HTML = "<p>Hej <b>Åsa</b> &amp; Örjan!</p><p class=\"x\">Anbudet öppnas i morgon.</p>";

    private static EmbeddedMailService mail;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        mail = EmbeddedMailService.start(0, 0);
    }

    @AfterAll
    static void stop() {
        mail.close();
    }

    @BeforeEach
    void purge() {
        mail.purge();
    }

    @Test
    void receivesAndDecodesMultipartMailInSwedish() throws Exception {
        MimeMessage sent = send("Anna Ägare <anna@skola.se>", "Bo <bo@kommun.se>", "cc@kommun.se");

        // the quoted-printable parts really went over the wire encoded
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        sent.writeTo(raw);
        assertThat(raw.toString(StandardCharsets.US_ASCII)).contains("quoted-printable").contains("=C3=85sa");

        List<ReceivedMail> messages = mail.messages();
        assertThat(messages).hasSize(1);
        ReceivedMail received = messages.get(0);
        assertThat(received.subject()).isEqualTo(SUBJECT);
        assertThat(received.from()).isEqualTo("Anna Ägare <anna@skola.se>");
        assertThat(received.to()).containsExactly("bo@kommun.se", "cc@kommun.se");
        assertThat(received.text()).isEqualToNormalizingNewlines(TEXT);
        assertThat(received.html()).isEqualTo(HTML);
        assertThat(received.receivedAt()).isNotNull();
    }

    @Test
    void viewerShowsTheMailEscaped() throws Exception {
        send("anna@skola.se", "bo@kommun.se");
        String id = mail.messages().get(0).id();

        HttpResponse<String> json = get("/messages.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(json.body()).startsWith("[").contains("\"subject\":\"Påminnelse: <anbud> öppnas snart\"")
                .contains("\"to\":[\"bo@kommun.se\"]").contains("\"id\":\"" + id + "\"")
                .contains("Hej Åsa & Örjan!\\nAnbudet").contains("<p class=\\\"x\\\">").contains("\"receivedAt\":\"20");

        HttpResponse<String> inbox = get("/");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("<html lang=\"sv\">").contains("<main>").contains("<th scope=\"col\">")
                .contains("Påminnelse: &lt;anbud&gt; öppnas snart").doesNotContain("<anbud>")
                .contains("href=\"/message/" + id + "\"");

        HttpResponse<String> message = get("/message/" + id);
        assertThat(message.statusCode()).isEqualTo(200);
        assertThat(message.body())
                .contains("<pre>Hej Åsa &amp; Örjan!\nAnbudet öppnas i morgon. Läs mer: &lt;https://example.se/a?b=1&amp;c=2&gt;</pre>")
                .contains("<iframe sandbox ")
                .contains("srcdoc=\"&lt;p&gt;Hej &lt;b&gt;Åsa&lt;/b&gt; &amp;amp; Örjan!&lt;/p&gt;&lt;p class=&quot;x&quot;&gt;")
                .doesNotContain("<b>Åsa</b>");

        assertThat(get("/message/no-such-id").statusCode()).isEqualTo(404);
    }

    @Test
    void recipientFilter() throws Exception {
        send("anna@skola.se", "bo@kommun.se");
        send("anna@skola.se", "cilla@annan.se");

        assertThat(get("/").body()).contains("bo@kommun.se").contains("cilla@annan.se");
        String filtered = get("/?to=" + URLEncoder.encode("cilla@annan.se", StandardCharsets.UTF_8)).body();
        assertThat(filtered).contains("cilla@annan.se").doesNotContain("bo@kommun.se")
                .contains("value=\"cilla@annan.se\"");
        assertThat(get("/messages.json?to=bo@kommun.se").body()).contains("bo@kommun.se").doesNotContain("cilla");
        assertThat(get("/?to=" + URLEncoder.encode("\"><script>", StandardCharsets.UTF_8)).body())
                .contains("value=\"&quot;&gt;&lt;script&gt;\"").contains("Inga meddelanden");
    }

    @Test
    void sendingFailsWhileSmtpIsStoppedAndWorksAfterRestart() throws Exception {
        send("anna@skola.se", "bo@kommun.se");
        int port = mail.smtpPort();

        mail.stopSmtp();
        try {
            assertThatThrownBy(() -> send("anna@skola.se", "bo@kommun.se")).isInstanceOf(MessagingException.class);
        } finally {
            mail.startSmtp();
        }

        assertThat(mail.smtpPort()).isEqualTo(port);
        assertThat(mail.messages()).hasSize(1);
        send("anna@skola.se", "bo@kommun.se");
        assertThat(mail.messages()).hasSize(2);
    }

    private static MimeMessage send(String from, String to, String... cc) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", mail.smtpHost());
        properties.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        Session session = Session.getInstance(properties);

        MimeBodyPart text = new MimeBodyPart();
        text.setText(TEXT, "UTF-8", "plain");
        text.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(HTML, "UTF-8", "html");
        html.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);

        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        for (String copy : cc) {
            message.addRecipient(Message.RecipientType.CC, new InternetAddress(copy, true));
        }
        message.setSubject(SUBJECT, "UTF-8");
        message.setContent(alternative);
        Transport.send(message);
        return message;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(mail.viewerUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
