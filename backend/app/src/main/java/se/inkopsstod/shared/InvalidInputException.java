package se.inkopsstod.shared;

/** The input breaks a rule that plain field validation cannot see; {@code field} names the culprit. */
public class InvalidInputException extends ProblemException {

    private final String field;

    public InvalidInputException(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public int status() {
        return 400;
    }
}
