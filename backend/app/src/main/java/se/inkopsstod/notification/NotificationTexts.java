package se.inkopsstod.notification;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The sentences of a notification in one language, from messages/notifications*.properties:
 * {@code notification.<KIND>[.<variant>].title} and {@code .body}. Dates and moments are written
 * when the sentence is, in the reader's language and Swedish time.
 */
@Component
class NotificationTexts {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final String MOMENT = "@moment:";
    private static final String DAY = "@day:";

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** An argument that is written as a date and time when read. */
    static String moment(Instant at) {
        return MOMENT + at;
    }

    /** An argument that is written as a date when read. */
    static String day(LocalDate day) {
        return DAY + day;
    }

    String title(NotificationKind kind, String variant, List<String> arguments, Locale locale) {
        return text(kind, variant, "title", arguments, locale);
    }

    String body(NotificationKind kind, String variant, List<String> arguments, Locale locale) {
        return text(kind, variant, "body", arguments, locale);
    }

    /** The name of a kind in the settings and in the digest. */
    String kindName(NotificationKind kind, Locale locale) {
        return messages.getMessage("notification." + kind + ".name", null, kind.name(), locale);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private String text(NotificationKind kind, String variant, String part, List<String> arguments, Locale locale) {
        String key = "notification." + kind + (variant == null || variant.isEmpty() ? "" : "." + variant) + "." + part;
        Object[] words = arguments.stream().map(a -> written(a, locale)).toArray();
        return messages.getMessage(key, words, key, locale);
    }

    private static String written(String argument, Locale locale) {
        if (argument == null) {
            return "";
        }
        if (argument.startsWith(MOMENT)) {
            return DateTimeFormatter.ofPattern(pattern(locale, true), locale)
                    .format(Instant.parse(argument.substring(MOMENT.length())).atZone(SWEDEN));
        }
        if (argument.startsWith(DAY)) {
            return DateTimeFormatter.ofPattern(pattern(locale, false), locale).format(LocalDate.parse(argument.substring(DAY.length())));
        }
        return argument;
    }

    /** "15 feb. 2027 12:00" in Swedish, "15 Feb 2027 12:00" in English: the UI's format. */
    private static String pattern(Locale locale, boolean withTime) {
        return withTime ? "d MMM yyyy HH:mm" : "d MMM yyyy";
    }

    static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : SWEDISH;
    }
}
