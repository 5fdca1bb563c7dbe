package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.TenantId;

/** Register a huvudman as a new tenant of the platform. */
public record RegisterTenantCommand(@TargetAggregateIdentifier TenantId tenantId, String name,
                                    String organisationNumber, TenantKind kind, String county, int pupils)
        implements TenantScoped {
}
