package se.inkopsstod.platform.axon;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateKeyResolverTest {

    private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

    @Test
    void aBatchInsertHittingTheUniqueKeyIsADuplicate() {
        // what PostgreSQL's driver throws when another instance appended the same sequence number first
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO domain_event_entry ...", "23505", new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
        BatchUpdateException withStateOnlyOnTheNext = new BatchUpdateException("Batch entry 0 ...", null, new int[0]);
        withStateOnlyOnTheNext.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(batch))).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(withStateOnlyOnTheNext)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("canceling statement due to statement timeout", "57014"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
