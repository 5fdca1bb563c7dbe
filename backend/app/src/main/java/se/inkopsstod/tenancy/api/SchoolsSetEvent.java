package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantScoped;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.TenantId;

import java.util.List;

/** The huvudman's schools are now exactly these. */
@SeenBy(Audience.TENANT)
@Revision("1")
public record SchoolsSetEvent(TenantId tenantId, List<String> schools) implements TenantScoped {
}
