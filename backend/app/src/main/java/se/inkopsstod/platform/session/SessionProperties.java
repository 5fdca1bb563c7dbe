package se.inkopsstod.platform.session;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings under {@code inkopsstod.session}.
 *
 * @param idleTimeout     a session not used for this long is over
 * @param absoluteTimeout a session this old is over however busy it is: the person logs in again
 * @param touchInterval   a request that changed nothing but the time of access writes it at most this often
 * @param sweepInterval   how often expired rows are deleted (on one instance at a time)
 */
@ConfigurationProperties("inkopsstod.session")
record SessionProperties(Duration idleTimeout, Duration absoluteTimeout, Duration touchInterval, Duration sweepInterval) {

    SessionProperties {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
        touchInterval = touchInterval == null ? Duration.ofSeconds(30) : touchInterval;
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(5) : sweepInterval;
    }
}
