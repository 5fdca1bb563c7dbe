package se.inkopsstod.platform.session;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When a session is over (idle or absolute timeout) and what saving it writes. */
class PostgresSessionTest {

    private static final Instant START = Instant.parse("2027-02-09T08:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final SessionTimeouts TIMEOUTS = new SessionTimeouts(Duration.ofHours(12), Duration.ofSeconds(30));

    private final MovingClock clock = new MovingClock(START);

    @Test
    void aSessionUnusedForItsIdleTimeoutIsOver() {
        PostgresSession session = stored(START, START);
        clock.now = START.plus(IDLE).minusSeconds(1);
        assertThat(session.isExpired()).isFalse();
        clock.now = START.plus(IDLE);
        assertThat(session.isExpired()).isTrue();
        assertThat(session.expiresAt()).isEqualTo(START.plus(IDLE));
    }

    @Test
    void aBusySessionIsOverAtItsAbsoluteTimeoutWhateverItsActivity() {
        Instant justUsed = START.plus(Duration.ofHours(12)).minusSeconds(5);
        PostgresSession session = stored(START, justUsed);
        clock.now = justUsed.plusSeconds(4);
        assertThat(session.isExpired()).isFalse();
        assertThat(session.expiresAt()).as("the absolute end comes before the idle one").isEqualTo(START.plus(Duration.ofHours(12)));
        clock.now = justUsed.plusSeconds(5);
        assertThat(session.isExpired()).as("12 hours after its creation, used 5 seconds ago").isTrue();
    }

    @Test
    void anAccessIsWrittenAtMostOnceATouchInterval() {
        PostgresSession session = stored(START, START);
        session.setLastAccessedTime(START.plusSeconds(29));
        assertThat(session.pendingWrite()).isEqualTo(PostgresSession.Write.NOTHING);
        session.setLastAccessedTime(START.plusSeconds(30));
        assertThat(session.pendingWrite()).isEqualTo(PostgresSession.Write.ACCESS_TIME);
        session.written();
        session.setLastAccessedTime(START.plusSeconds(45));
        assertThat(session.pendingWrite()).as("counted from the access last written").isEqualTo(PostgresSession.Write.NOTHING);
    }

    @Test
    void newAttributesANewIdOrANewSessionWriteTheRow() {
        assertThat(new PostgresSession("fresh", clock, TIMEOUTS, IDLE).pendingWrite()).isEqualTo(PostgresSession.Write.NEW_ROW);

        PostgresSession session = stored(START, START);
        session.setAttribute("SPRING_SECURITY_CONTEXT", "context");
        assertThat(session.pendingWrite()).isEqualTo(PostgresSession.Write.ROW);
        session.written();
        assertThat(session.pendingWrite()).isEqualTo(PostgresSession.Write.NOTHING);

        String before = session.getId();
        String after = session.changeSessionId();
        assertThat(after).isNotEqualTo(before).hasSizeGreaterThanOrEqualTo(43);
        assertThat(session.pendingWrite()).isEqualTo(PostgresSession.Write.ROW_MOVED);
        assertThat(session.storedId()).as("the row to move").isEqualTo(before);
        session.written();
        assertThat(session.storedId()).isEqualTo(after);

        session.removeAttribute("absent");
        assertThat(session.pendingWrite()).as("removing nothing changes nothing").isEqualTo(PostgresSession.Write.NOTHING);
        session.removeAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(session.pendingWrite()).isEqualTo(PostgresSession.Write.ROW);
    }

    private PostgresSession stored(Instant created, Instant lastAccessed) {
        return new PostgresSession("id-1", Map.of(), created, lastAccessed, IDLE, clock, TIMEOUTS);
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
