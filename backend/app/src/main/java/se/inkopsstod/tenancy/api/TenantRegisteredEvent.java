package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantScoped;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.TenantId;

/** A huvudman became a tenant of the platform. */
@SeenBy(Audience.TENANT)
@Revision("1")
public record TenantRegisteredEvent(TenantId tenantId, String name, String organisationNumber, TenantKind kind,
                                    String county, int pupils, SizeBand sizeBand) implements TenantScoped {
}
