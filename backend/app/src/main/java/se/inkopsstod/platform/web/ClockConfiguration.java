package se.inkopsstod.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The clock that deadlines are checked against (tender deadline, last day for questions, opening).
 * One bean, so that tests can move time forward instead of waiting for a deadline to pass.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
