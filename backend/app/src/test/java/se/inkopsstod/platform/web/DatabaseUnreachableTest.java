package se.inkopsstod.platform.web;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When PostgreSQL is down or restarting, a write gets a 503 that says it was not saved and when to
 * try again, not the 500 that says something went wrong on our side.
 */
class DatabaseUnreachableTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice(new ProblemMessages(bundle()));
    private final MockServerWebExchange english = MockServerWebExchange.from(MockServerHttpRequest.get("/api/procurements")
            .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8"));

    static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages/problems");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setAlwaysUseMessageFormat(true);
        return bundle;
    }

    @Test
    void aPoolWithoutConnectionsOrAServerRestartingIsUnavailableNotAnError() {
        for (Exception cause : new Exception[]{
                new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException("pool timed out")),
                new CompletionException(new EventStoreException("append failed",
                        new SQLException("terminating connection due to administrator command", "57P01"))),
                new RuntimeException(new SQLException("Connection refused", "08001")),
                // PostgresRestartIT met it: the event store prepared a statement on a connection the pool had closed
                new RuntimeException("Failed to create a SQL statement", new SQLException("Connection is closed")),
                commitFailedThenRollbackFailed()}) {
            ResponseEntity<ProblemDetail> answer = advice.unexpected(cause, english);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(answer.getBody().getProperties()).containsEntry("code", "unavailable");
            assertThat(answer.getBody().getDetail()).contains("not saved");
            // Swedish unless the caller asks for English
            assertThat(advice.unexpected(cause, null).getBody().getDetail()).contains("inget sparades");
        }
    }

    /** What PostgresRestartIT met once: the commit hit the shutdown, the rollback a closed connection. */
    private static Exception commitFailedThenRollbackFailed() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")));
        return rollback;
    }

    @Test
    void otherDatabaseErrorsStayInternal() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new RuntimeException(
                new SQLException("column does not exist", "42703")), english);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "internal");
    }
}
