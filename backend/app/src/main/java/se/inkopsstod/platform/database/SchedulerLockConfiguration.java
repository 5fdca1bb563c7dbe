package se.inkopsstod.platform.database;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ShedLock on the PostgreSQL we already run (table {@code shedlock}): a scheduled job that must
 * run on one instance at a time (deadline reminders, the daily digest) runs under a named lock.
 * Lock times come from the database's clock, so instances with skewed clocks still agree.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerLockConfiguration {

    @Bean
    LockingTaskExecutor lockingTaskExecutor(JdbcTemplate jdbc) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc).usingDbTime().build()));
    }
}
