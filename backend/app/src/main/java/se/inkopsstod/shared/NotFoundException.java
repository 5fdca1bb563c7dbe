package se.inkopsstod.shared;

/** Something the request names does not exist, or the caller may not know that it exists. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String message) {
        super("not-found", message);
    }

    @Override
    public int status() {
        return 404;
    }
}
