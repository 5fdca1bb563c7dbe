package se.inkopsstod.shared;

/** The request contradicts the current state, e.g. a rule of an aggregate. */
public class ConflictException extends ProblemException {

    public ConflictException(String code, String message) {
        super(code, message);
    }

    @Override
    public int status() {
        return 409;
    }
}
