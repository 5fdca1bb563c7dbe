package se.inkopsstod.platform.database;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means PostgreSQL could not be reached (no connection from the pool, the server
 * down, restarting or shutting down): nothing was stored, and the same work will succeed once it is
 * back. SQL states of class 08 are connection errors, 57P0x a server shutting down or restarting.
 */
public final class DatabaseUnreachable {

    private DatabaseUnreachable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            // a commit that failed because the server went away, then a rollback on the dead
            // connection: Spring reports the rollback and keeps the commit's failure aside
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // the pool closed a connection the server dropped while a statement was being prepared on it
            // (Hikari's closed-connection proxy gives no SQL state)
            if (t instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
