package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;

import java.util.Set;

/** Give a member exactly these roles. */
public record ChangeMemberRolesCommand(@TargetAggregateIdentifier TenantId tenantId, PersonId memberId,
                                       Set<Role> roles) implements TenantScoped {
}
