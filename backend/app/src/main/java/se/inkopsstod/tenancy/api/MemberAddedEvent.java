package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantScoped;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;

import java.util.Set;

/** A person joined a tenant's team with these roles. */
@SeenBy(Audience.TENANT)
@Revision("1")
public record MemberAddedEvent(TenantId tenantId, PersonId memberId, String name, String email, Set<Role> roles)
        implements TenantScoped {
}
