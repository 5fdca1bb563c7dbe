package se.inkopsstod.platform.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon that an append hit the event store's unique key (aggregate, sequence number): another
 * writer appended that event first, which Axon then reports as a {@code ConcurrencyException} and
 * the command is tried again. Axon's own resolver looks for vendor error codes, but PostgreSQL's
 * driver reports a batch insert's violation as a {@code BatchUpdateException} whose SQL state is on
 * the next exception, so it was never recognised and the collision reached the caller as a 500.
 */
final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    /** PostgreSQL's (and the SQL standard's) unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
