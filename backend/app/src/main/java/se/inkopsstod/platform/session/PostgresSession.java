package se.inkopsstod.platform.session;

import org.springframework.session.Session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One browser session as {@link PostgresSessionRepository} loaded or created it, for one request.
 * It remembers what the row holds, so that saving writes only what changed: nothing, the access
 * time (at most once a touch interval), or the whole row (new attributes, a new id).
 */
public final class PostgresSession implements Session {

    private final Clock clock;
    private final SessionTimeouts timeouts;
    private final Map<String, Object> attributes;
    private final Instant creationTime;
    private String id;
    private Instant lastAccessedTime;
    private Duration maxInactiveInterval;

    /** The id of the row this session was read from or last written to; null before its first save. */
    private String storedId;
    /** The access time the row holds. */
    private Instant storedLastAccessedTime;
    /** Attributes or the idle timeout changed since the row was read or written. */
    private boolean changed;

    /** A new session, not stored yet. */
    PostgresSession(String id, Clock clock, SessionTimeouts timeouts, Duration maxIdle) {
        this.clock = clock;
        this.timeouts = timeouts;
        this.attributes = new HashMap<>();
        this.id = id;
        this.creationTime = clock.instant();
        this.lastAccessedTime = creationTime;
        this.maxInactiveInterval = maxIdle;
        this.changed = true;
    }

    /** A session read from its row. */
    PostgresSession(String id, Map<String, Object> attributes, Instant creationTime, Instant lastAccessedTime,
                    Duration maxIdle, Clock clock, SessionTimeouts timeouts) {
        this.clock = clock;
        this.timeouts = timeouts;
        this.attributes = new HashMap<>(attributes);
        this.id = id;
        this.creationTime = creationTime;
        this.lastAccessedTime = lastAccessedTime;
        this.maxInactiveInterval = maxIdle;
        this.storedId = id;
        this.storedLastAccessedTime = lastAccessedTime;
    }

    @Override
    public String getId() {
        return id;
    }

    /** A new id for the same session (session fixation protection at login); the row moves on save. */
    @Override
    public String changeSessionId() {
        id = PostgresSessionRepository.newSessionId();
        return id;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAttribute(String name) {
        return (T) attributes.get(name);
    }

    @Override
    public Set<String> getAttributeNames() {
        return Set.copyOf(attributes.keySet());
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            removeAttribute(name);
            return;
        }
        attributes.put(name, value);
        changed = true;
    }

    @Override
    public void removeAttribute(String name) {
        if (attributes.remove(name) != null) {
            changed = true;
        }
    }

    @Override
    public Instant getCreationTime() {
        return creationTime;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        this.lastAccessedTime = lastAccessedTime;
    }

    @Override
    public Instant getLastAccessedTime() {
        return lastAccessedTime;
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        if (!interval.equals(maxInactiveInterval)) {
            maxInactiveInterval = interval;
            changed = true;
        }
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return maxInactiveInterval;
    }

    @Override
    public boolean isExpired() {
        return timeouts.isExpired(clock.instant(), creationTime, lastAccessedTime, maxInactiveInterval);
    }

    Instant expiresAt() {
        return timeouts.expiresAt(creationTime, lastAccessedTime, maxInactiveInterval);
    }

    /** What a save has to write. */
    enum Write { NOTHING, ACCESS_TIME, ROW_MOVED, ROW, NEW_ROW }

    Write pendingWrite() {
        if (storedId == null) {
            return Write.NEW_ROW;
        }
        if (!storedId.equals(id)) {
            return Write.ROW_MOVED;
        }
        if (changed) {
            return Write.ROW;
        }
        return timeouts.touchDue(storedLastAccessedTime, lastAccessedTime) ? Write.ACCESS_TIME : Write.NOTHING;
    }

    String storedId() {
        return storedId;
    }

    Map<String, Object> attributes() {
        return attributes;
    }

    /** The row now holds this session as it is. */
    void written() {
        storedId = id;
        storedLastAccessedTime = lastAccessedTime;
        changed = false;
    }
}
