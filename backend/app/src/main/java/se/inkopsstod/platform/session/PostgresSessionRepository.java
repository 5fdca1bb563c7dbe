package se.inkopsstod.platform.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.session.ReactiveSessionRepository;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * WebSessions in table {@code web_session}, shared by every instance. A request reads its session
 * by primary key (one indexed lookup); saving writes only what changed: a new or re-keyed session
 * or new attributes write the row, a request that only used the session writes its access time
 * at most once a touch interval, and most requests write nothing. A session past its idle or
 * absolute timeout is not found (and its row deleted). JDBC blocks, so every statement runs on
 * the bounded-elastic scheduler.
 */
public final class PostgresSessionRepository implements ReactiveSessionRepository<PostgresSession> {

    private static final Logger log = LoggerFactory.getLogger(PostgresSessionRepository.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SECURITY_CONTEXT =
            WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SessionTimeouts timeouts;
    private final Duration idleTimeout;

    public PostgresSessionRepository(JdbcClient jdbc, Clock clock, Duration idleTimeout, Duration absoluteTimeout,
                                     Duration touchInterval) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.timeouts = new SessionTimeouts(absoluteTimeout, touchInterval);
    }

    /** 256 random bits, URL-safe: the cookie value is the only credential of a browser session. */
    static String newSessionId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public Mono<PostgresSession> createSession() {
        return Mono.fromSupplier(() -> new PostgresSession(newSessionId(), clock, timeouts, idleTimeout));
    }

    @Override
    public Mono<Void> save(PostgresSession session) {
        PostgresSession.Write write = session.pendingWrite();
        if (write == PostgresSession.Write.NOTHING) {
            return Mono.empty(); // the hot path: no statement, no thread hop
        }
        return Blocking.run(() -> {
            write(session, write);
            session.written();
        });
    }

    private void write(PostgresSession session, PostgresSession.Write write) {
        Timestamp lastAccessed = Timestamp.from(session.getLastAccessedTime());
        Timestamp expires = Timestamp.from(session.expiresAt());
        switch (write) {
            case ACCESS_TIME -> jdbc.sql("update web_session set last_accessed_at = ?, expires_at = ? where id = ?")
                    .params(lastAccessed, expires, session.getId()).update();
            case NEW_ROW -> jdbc.sql("""
                            insert into web_session (id, principal, created_at, last_accessed_at, max_idle_seconds, expires_at, attributes)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(session.getId(), principal(session), Timestamp.from(session.getCreationTime()), lastAccessed,
                            (int) session.getMaxInactiveInterval().toSeconds(), expires, serialize(session.attributes()))
                    .update();
            case ROW, ROW_MOVED -> {
                // a session deleted meanwhile (logout, log out everywhere, expiry) stays deleted: no upsert
                int updated = jdbc.sql("""
                                update web_session set id = ?, principal = ?, last_accessed_at = ?, max_idle_seconds = ?,
                                       expires_at = ?, attributes = ?
                                where id = ?""")
                        .params(session.getId(), principal(session), lastAccessed, (int) session.getMaxInactiveInterval().toSeconds(),
                                expires, serialize(session.attributes()), session.storedId())
                        .update();
                if (updated == 0) {
                    log.debug("Session was deleted before this request saved it; it stays deleted");
                }
            }
            default -> {
            }
        }
    }

    @Override
    public Mono<PostgresSession> findById(String id) {
        return Blocking.call(() -> load(id));
    }

    private PostgresSession load(String id) {
        PostgresSession session = jdbc.sql("""
                        select created_at, last_accessed_at, max_idle_seconds, attributes from web_session where id = ?""")
                .param(id)
                .query((rs, row) -> new PostgresSession(id, deserialize(rs.getBytes("attributes")),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_accessed_at").toInstant(),
                        Duration.ofSeconds(rs.getInt("max_idle_seconds")), clock, timeouts))
                .optional().orElse(null);
        if (session != null && session.isExpired()) {
            jdbc.sql("delete from web_session where id = ?").param(id).update();
            return null;
        }
        return session;
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return Blocking.run(() -> jdbc.sql("delete from web_session where id = ?").param(id).update());
    }

    /** Ends every session of one person (by OIDC subject); how many there were. */
    public Mono<Integer> deleteByPrincipal(String principal) {
        return Blocking.call(() -> jdbc.sql("delete from web_session where principal = ?").param(principal).update());
    }

    /** Deletes the rows of sessions over by now; how many. Blocking: the scheduled sweep calls it. */
    int deleteExpired() {
        return jdbc.sql("delete from web_session where expires_at <= ?").param(Timestamp.from(clock.instant())).update();
    }

    /** The logged-in person's name (the OIDC subject), once the session holds a security context. */
    private static String principal(PostgresSession session) {
        Object context = session.getAttribute(SECURITY_CONTEXT);
        if (context instanceof SecurityContext) {
            Authentication authentication = ((SecurityContext) context).getAuthentication();
            return authentication == null ? null : authentication.getName();
        }
        return null;
    }

    private static byte[] serialize(Map<String, Object> attributes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(attributes));
        } catch (IOException e) {
            throw new UncheckedIOException("A session attribute cannot be serialized: " + attributes.keySet(), e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ConfigurableObjectInputStream(new ByteArrayInputStream(bytes),
                PostgresSessionRepository.class.getClassLoader())) {
            return (Map<String, Object>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            // e.g. a class that changed incompatibly in a new release: the person logs in again
            log.warn("A stored session could not be read and counts as logged out: {}", e.toString());
            return Map.of();
        }
    }
}
