package se.inkopsstod.shared;

import java.util.Map;

/**
 * A failure with a meaning for the person who caused it. {@code code} is a stable key that the
 * UI translates; the message is the English detail.
 */
public abstract class ProblemException extends RuntimeException {

    private final String code;

    protected ProblemException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Further members of the problem details body, e.g. the conflicting values of an edit. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** The HTTP status this failure maps to. */
    public abstract int status();
}
