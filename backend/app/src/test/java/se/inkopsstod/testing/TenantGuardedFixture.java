package se.inkopsstod.testing;

import org.axonframework.test.aggregate.AggregateTestFixture;
import se.inkopsstod.platform.axon.TenantGuard;

/** An aggregate fixture with the application's tenant guard in front of its command handlers, as in the running app. */
public final class TenantGuardedFixture {

    private TenantGuardedFixture() {
    }

    public static <T> AggregateTestFixture<T> of(Class<T> aggregate) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerHandlerEnhancerDefinition(new TenantGuard());
        return fixture;
    }
}
