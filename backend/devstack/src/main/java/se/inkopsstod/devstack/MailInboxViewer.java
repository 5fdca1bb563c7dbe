package se.inkopsstod.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded mail server's inbox in the browser: {@code /} lists the mail (newest first,
 * {@code ?to=} filters by recipient), {@code /message/{id}} shows one, {@code /messages.json} gives
 * them all to scripts. The JDK's own HTTP server: no second servlet context for a few pages.
 * The pages are Swedish like the app, with English beside.
 */
final class MailInboxViewer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    // the mail's own HTML runs in a sandboxed frame: no scripts, no forms, no requests but images
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-ancestors 'none'";
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:70rem;color:#1a1a1a;background:#fff}
            h1 small,h2 small,th small,label small,button small{font-weight:normal;color:#444}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #767676}
            a{color:#0645ad}
            a:focus,button:focus,input:focus{outline:3px solid #1a56db;outline-offset:2px}
            pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;padding:.75rem}
            iframe{width:100%;height:30rem;border:1px solid #767676}
            form{margin:1rem 0}
            """;

    private final EmbeddedMailService mail;
    private final HttpServer server;

    private MailInboxViewer(EmbeddedMailService mail, HttpServer server) {
        this.mail = mail;
        this.server = server;
    }

    /** Starts the viewer on the given host and port (0 picks a free one). */
    static MailInboxViewer start(EmbeddedMailService mail, String host, int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("The mail inbox viewer could not listen on " + host + ":" + port, e);
        }
        MailInboxViewer viewer = new MailInboxViewer(mail, server);
        server.createContext("/", viewer::handle);
        server.start();
        return viewer;
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, "text/plain", "Method not allowed");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String to = query(exchange, "to").map(String::trim).orElse("");
            if (path.equals("/")) {
                send(exchange, 200, "text/html", listPage(filter(mail.inbox(), to), to));
            } else if (path.equals("/messages.json")) {
                send(exchange, 200, "application/json", json(filter(mail.inbox(), to)));
            } else if (path.startsWith("/message/")) {
                String id = path.substring("/message/".length());
                Optional<EmbeddedMailService.InboxEntry> entry =
                        mail.inbox().stream().filter(e -> e.mail().id().equals(id)).findFirst();
                if (entry.isPresent()) {
                    send(exchange, 200, "text/html", messagePage(entry.get()));
                } else {
                    send(exchange, 404, "text/html", notFoundPage());
                }
            } else {
                send(exchange, 404, "text/html", notFoundPage());
            }
        } catch (RuntimeException e) {
            // the JDK server would drop the connection without a word
            send(exchange, 500, "text/plain", "Error: " + e);
        }
    }

    /** Newest first; a recipient filter matches any part of any recipient's address, any case. */
    private static List<EmbeddedMailService.InboxEntry> filter(List<EmbeddedMailService.InboxEntry> inbox, String to) {
        String wanted = to.toLowerCase(Locale.ROOT);
        List<EmbeddedMailService.InboxEntry> shown = new ArrayList<>();
        for (EmbeddedMailService.InboxEntry entry : inbox) {
            if (wanted.isEmpty() || entry.mail().to().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(wanted))) {
                shown.add(0, entry);
            }
        }
        return shown;
    }

    private static String listPage(List<EmbeddedMailService.InboxEntry> inbox, String to) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>Inkorg (utveckling) <small lang=\"en\">Development inbox</small></h1>\n")
                .append("<form method=\"get\" action=\"/\" role=\"search\">\n")
                .append("<label for=\"to\">Mottagare <small lang=\"en\">Recipient</small></label>\n")
                .append("<input id=\"to\" name=\"to\" type=\"search\" autocomplete=\"off\" value=\"")
                .append(escape(to)).append("\">\n")
                .append("<button type=\"submit\">Filtrera <small lang=\"en\">Filter</small></button>\n");
        if (!to.isEmpty()) {
            html.append("<a href=\"/\">Visa alla <small lang=\"en\">Show all</small></a>\n");
        }
        html.append("</form>\n");
        if (inbox.isEmpty()) {
            html.append("<p>Inga meddelanden. <span lang=\"en\">No messages.</span></p>\n");
        } else {
            boolean one = inbox.size() == 1;
            html.append("<table>\n<caption>").append(inbox.size()).append(one ? " meddelande" : " meddelanden")
                    .append(", senaste först <small lang=\"en\">").append(inbox.size())
                    .append(one ? " message" : " messages").append(", newest first</small></caption>\n")
                    .append("<thead><tr>")
                    .append("<th scope=\"col\">Tid <small lang=\"en\">Time</small></th>")
                    .append("<th scope=\"col\">Till <small lang=\"en\">To</small></th>")
                    .append("<th scope=\"col\">Ämne <small lang=\"en\">Subject</small></th>")
                    .append("</tr></thead>\n<tbody>\n");
            for (EmbeddedMailService.InboxEntry entry : inbox) {
                ReceivedMail mail = entry.mail();
                html.append("<tr><td>").append(time(mail)).append("</td><td>")
                        .append(escape(String.join(", ", mail.to()))).append("</td><td><a href=\"/message/")
                        .append(escape(mail.id())).append("\">").append(subject(mail)).append("</a></td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        return page("Inkorg (utveckling) – Development inbox", html.toString());
    }

    private static String messagePage(EmbeddedMailService.InboxEntry entry) {
        ReceivedMail mail = entry.mail();
        StringBuilder html = new StringBuilder();
        html.append("<p><a href=\"/\">← Till inkorgen <small lang=\"en\">Back to the inbox</small></a></p>\n")
                .append("<h1>").append(subject(mail)).append("</h1>\n")
                .append("<p>Mottagen <small lang=\"en\">Received</small> ").append(time(mail)).append("</p>\n")
                .append("<h2>Rubriker <small lang=\"en\">Headers</small></h2>\n")
                .append("<table>\n<thead><tr><th scope=\"col\">Namn <small lang=\"en\">Name</small></th>")
                .append("<th scope=\"col\">Värde <small lang=\"en\">Value</small></th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, String> header : entry.headers()) {
            html.append("<tr><th scope=\"row\">").append(escape(header.getKey())).append("</th><td>")
                    .append(escape(header.getValue())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n")
                .append("<h2>Text <small lang=\"en\">Plain text</small></h2>\n");
        if (mail.text() == null) {
            html.append("<p>Ingen textdel. <span lang=\"en\">No plain-text part.</span></p>\n");
        } else {
            html.append("<pre>").append(escape(mail.text())).append("</pre>\n");
        }
        html.append("<h2>HTML</h2>\n");
        if (mail.html() == null) {
            html.append("<p>Ingen HTML-del. <span lang=\"en\">No HTML part.</span></p>\n");
        } else {
            html.append("<iframe sandbox title=\"Meddelandets HTML-version (HTML version of the message)\" srcdoc=\"")
                    .append(escape(mail.html())).append("\"></iframe>\n");
        }
        return page(plain(mail.subject()) + " – Inkorg (utveckling)", html.toString());
    }

    private static String notFoundPage() {
        return page("Hittades inte – Not found", """
                <h1>Meddelandet finns inte <small lang="en">No such message</small></h1>
                <p><a href="/">Till inkorgen <small lang="en">Back to the inbox</small></a></p>
                """);
    }

    private static String page(String title, String main) {
        return "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n"
                + "<main>\n" + main + "</main>\n</body>\n</html>\n";
    }

    private static String json(List<EmbeddedMailService.InboxEntry> inbox) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (EmbeddedMailService.InboxEntry entry : inbox) {
            ReceivedMail mail = entry.mail();
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("id", mail.id());
            message.put("from", mail.from());
            message.put("to", mail.to());
            message.put("subject", mail.subject());
            message.put("receivedAt", mail.receivedAt().toString());
            message.put("text", mail.text());
            message.put("html", mail.html());
            messages.add(message);
        }
        return JSON.writeValueAsString(messages);
    }

    private static String time(ReceivedMail mail) {
        return "<time datetime=\"" + mail.receivedAt() + "\">"
                + TIME.format(mail.receivedAt().atZone(ZoneId.systemDefault())) + "</time>";
    }

    /** The subject as HTML; never empty, since it is a link's only text. */
    private static String subject(ReceivedMail mail) {
        return mail.subject() == null || mail.subject().isBlank()
                ? "(inget ämne) <small lang=\"en\">(no subject)</small>"
                : escape(mail.subject());
    }

    private static String plain(String subject) {
        return subject == null || subject.isBlank() ? "(inget ämne)" : subject;
    }

    /** Escapes for element content and for quoted attribute values alike. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static Optional<String> query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
