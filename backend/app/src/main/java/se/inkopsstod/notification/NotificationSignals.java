package se.inkopsstod.notification;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells every instance's open inbox streams that someone's notifications changed, through
 * PostgreSQL's LISTEN/NOTIFY: {@link #changed} is sent with the transaction and delivered when it
 * commits, to whichever instance holds the person's stream. One connection per instance listens,
 * outside the pool.
 */
@Component
class NotificationSignals implements SmartLifecycle {

    static final String CHANNEL = "inkopsstod_notifications";
    private static final Logger log = LoggerFactory.getLogger(NotificationSignals.class);

    private final JdbcClient jdbc;
    private final DataSourceProperties dataSource;
    private final Sinks.Many<String> sink = Sinks.many().multicast().directBestEffort();
    private volatile boolean running;
    private Thread listener;

    NotificationSignals(JdbcClient jdbc, DataSourceProperties dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** In the caller's transaction: this person's inbox changed (heard on commit). */
    void changed(String personId) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, personId).query((rs, n) -> 1).list();
    }

    /** Signals for one person, from now on. */
    Flux<String> of(String personId) {
        return sink.asFlux().filter(personId::equals);
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "notification-signals");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(dataSource.determineUrl(), dataSource.determineUsername(),
                    dataSource.determinePassword()); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            sink.tryEmitNext(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Listening for notification signals failed; listening again in a second: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
