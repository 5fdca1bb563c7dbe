package se.inkopsstod.platform.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;

import java.time.Clock;

/**
 * WebFlux's WebSession backed by {@link PostgresSessionRepository} (Spring Session's
 * {@code webSessionManager}). The session cookie stays Boot's: the {@code WebSessionIdResolver}
 * built from {@code server.reactive.session.cookie} (name SESSION, HttpOnly, SameSite=Lax, Secure).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
class SessionConfiguration {

    /**
     * Session ages are real time: not the application's {@link Clock} bean, which tests move
     * forward by weeks to pass a deadline while the people in them stay logged in.
     */
    @Bean
    PostgresSessionRepository sessionRepository(JdbcClient jdbc, SessionProperties properties) {
        return new PostgresSessionRepository(jdbc, Clock.systemUTC(), properties.idleTimeout(), properties.absoluteTimeout(),
                properties.touchInterval());
    }
}
