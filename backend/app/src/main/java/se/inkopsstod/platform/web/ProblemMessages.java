package se.inkopsstod.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import se.inkopsstod.shared.MessageKey;
import se.inkopsstod.shared.ProblemException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The sentences of problem details in the caller's language, from one message bundle
 * ({@code messages/problems*.properties}): Swedish unless the request prefers English
 * ({@code Accept-Language}), as the UI is Swedish first. A key missing from the bundle falls back to
 * the exception's English message, which {@code ProblemMessagesTest} does not let happen.
 */
@Component
public class ProblemMessages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** English when the caller's first language we have is English, else Swedish. */
    public Locale localeOf(ServerWebExchange exchange) {
        if (exchange == null) {
            return SWEDISH;
        }
        for (Locale locale : exchange.getRequest().getHeaders().getAcceptLanguageAsLocales()) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("sv".equals(locale.getLanguage())) {
                return SWEDISH;
            }
        }
        return SWEDISH;
    }

    /** The problem's sentence with its arguments filled in. */
    public String detail(ProblemException problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), arguments(problem.arguments(), locale), problem.getMessage(), locale);
    }

    /** One of the bundle's own sentences (the advice's problems, a field's rule). */
    public String text(String key, String fallback, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments(List.of(arguments), locale), fallback, locale);
    }

    /** A field error of bean validation, by its constraint's code ("NotBlank", "Size.title" …). */
    public String field(MessageSourceResolvable error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    private Object[] arguments(List<Object> arguments, Locale locale) {
        return arguments.stream().map(argument -> argument(argument, locale)).toArray();
    }

    /** Words of the bundle are looked up, lists joined, times told in Swedish time; numbers MessageFormat formats itself. */
    private Object argument(Object argument, Locale locale) {
        if (argument instanceof MessageKey key) {
            return messages.getMessage(key.key(), null, key.key(), locale);
        }
        if (argument instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(item -> String.valueOf(argument(item, locale))).toList());
        }
        if (argument instanceof Instant instant) {
            return TIME.format(instant);
        }
        if (argument instanceof Number) {
            return argument;
        }
        return argument == null ? "" : argument.toString();
    }
}
