package se.inkopsstod.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Locale;

/**
 * Writes a notification's e-mail, plain text and HTML, in the reader's language: the sentence, a
 * link to the page it is about and how to change what is sent.
 */
@Component
class MailComposer {

    private final NotificationTexts texts;
    private final String baseUrl;

    MailComposer(NotificationTexts texts, @Value("${inkopsstod.public-base-url}") String baseUrl) {
        this.texts = texts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** One e-mail per notification. */
    Mail single(NotificationKind kind, String variant, String procurementId, List<String> arguments, Locale locale) {
        Line line = line(kind, variant, procurementId, arguments, locale);
        return compose(line.title(), texts.message("notification.mail.greeting", locale), List.of(line), locale);
    }

    /** The daily digest: every notification waiting for it, newest first. */
    Mail digest(List<Line> lines, Locale locale) {
        String subject = texts.message("notification.digest.subject", locale, lines.size());
        return compose(subject, texts.message("notification.digest.intro", locale, lines.size()), lines, locale);
    }

    Line line(NotificationKind kind, String variant, String procurementId, List<String> arguments, Locale locale) {
        return new Line(texts.title(kind, variant, arguments, locale), texts.body(kind, variant, arguments, locale),
                baseUrl + NotificationLinks.path(kind, procurementId));
    }

    private Mail compose(String subject, String intro, List<Line> lines, Locale locale) {
        String open = texts.message("notification.mail.open", locale);
        String footer = texts.message("notification.mail.footer", locale);
        String settings = baseUrl + "/aviseringar";
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"").append(locale.getLanguage())
                .append("\"><body style=\"font-family:sans-serif\"><p>").append(escape(intro)).append("</p>");
        for (Line line : lines) {
            text.append(line.title()).append('\n').append(line.body()).append('\n').append(open).append(": ").append(line.link())
                    .append("\n\n");
            html.append("<h2 style=\"font-size:1.1em\">").append(escape(line.title())).append("</h2><p>").append(escape(line.body()))
                    .append("</p><p><a href=\"").append(escape(line.link())).append("\">").append(escape(open)).append("</a></p>");
        }
        text.append("-- \n").append(footer).append(": ").append(settings).append('\n');
        html.append("<hr><p style=\"font-size:0.9em\">").append(escape(footer)).append(": <a href=\"").append(escape(settings))
                .append("\">").append(escape(settings)).append("</a></p></body></html>");
        return new Mail(subject, text.toString(), html.toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    record Mail(String subject, String text, String html) {
    }

    record Line(String title, String body, String link) {
    }
}
