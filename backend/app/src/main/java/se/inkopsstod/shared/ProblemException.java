package se.inkopsstod.shared;

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

    /** The HTTP status this failure maps to. */
    public abstract int status();
}
