package se.inkopsstod.platform.axon;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Empty on purpose. Axon 4.13 orders its JDBC and transaction auto-configuration after the
 * Spring Boot 3 class names; on Boot 4 it would then see no DataSource and silently run without
 * a transaction manager. Sitting after Boot 4's data source auto-configuration and before
 * Axon's, this class drags Axon's into the right order (see STACK.md, pitfall 1).
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"},
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration"})
public class AxonJdbcOrderingAutoConfiguration {
}
