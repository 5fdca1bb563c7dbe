package se.inkopsstod.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A failure with a meaning for the person who caused it. {@code code} is a stable key that the
 * UI and scripts rely on; the message is the English detail. The detail a person reads is looked up
 * in the problem message bundle ({@code messages/problems*.properties}) under {@link #messageKey()}
 * (the code, unless one code has several sentences) with {@link #arguments()}, in the language the
 * request asks for; the English message is the fallback.
 */
public abstract class ProblemException extends RuntimeException {

    private final String code;
    private String messageKey;
    private List<Object> arguments = List.of();

    protected ProblemException(String code, String message) {
        super(message);
        this.code = code;
        this.messageKey = code;
    }

    public String code() {
        return code;
    }

    /** The key of the sentence in the message bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** What the sentence fills in ({0}, {1} …); a {@link MessageKey} is itself looked up. */
    public List<Object> arguments() {
        return arguments;
    }

    /** The same problem, with what its sentence fills in. */
    @SuppressWarnings("unchecked")
    public <E extends ProblemException> E withArguments(Object... arguments) {
        this.arguments = Arrays.asList(arguments.clone());
        return (E) this;
    }

    /** The same problem told by another sentence of the bundle (one code, several situations). */
    public <E extends ProblemException> E withMessageKey(String messageKey, Object... arguments) {
        this.messageKey = messageKey;
        return withArguments(arguments);
    }

    /** Further members of the problem details body, e.g. the conflicting values of an edit. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** The HTTP status this failure maps to. */
    public abstract int status();
}
