package se.inkopsstod.platform.session;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Deletes the rows of sessions that are over. An expired session is never served anyway (a
 * lookup treats it as not found); this keeps the table small. One instance at a time (ShedLock).
 */
@Component
class ExpiredSessionSweep {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionSweep.class);

    private final PostgresSessionRepository sessions;
    private final LockingTaskExecutor locks;

    ExpiredSessionSweep(PostgresSessionRepository sessions, LockingTaskExecutor locks) {
        this.sessions = sessions;
        this.locks = locks;
    }

    @Scheduled(fixedDelayString = "${inkopsstod.session.sweep-interval:5m}", initialDelayString = "30s")
    public void sweep() {
        locks.executeWithLock((Runnable) this::sweepNow,
                new LockConfiguration(Instant.now(), "web-session-sweep", Duration.ofMinutes(5), Duration.ZERO));
    }

    void sweepNow() {
        int deleted = sessions.deleteExpired();
        if (deleted > 0) {
            log.debug("Deleted {} expired sessions", deleted);
        }
    }
}
