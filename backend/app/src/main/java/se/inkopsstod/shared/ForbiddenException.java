package se.inkopsstod.shared;

/** The caller is known but may not do this. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String message) {
        super("forbidden", message);
    }

    @Override
    public int status() {
        return 403;
    }
}
