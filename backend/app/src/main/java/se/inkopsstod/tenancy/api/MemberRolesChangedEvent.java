package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantScoped;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;

import java.util.Set;

/** A member's roles changed from {@code previousRoles} to {@code roles}. */
@SeenBy(Audience.TENANT)
@Revision("1")
public record MemberRolesChangedEvent(TenantId tenantId, PersonId memberId, String name, Set<Role> previousRoles,
                                      Set<Role> roles) implements TenantScoped {
}
