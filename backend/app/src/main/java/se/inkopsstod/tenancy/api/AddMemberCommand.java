package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;

import java.util.Set;

/** Add a person, known by e-mail until their first login, to a tenant's team with the given roles. */
public record AddMemberCommand(@TargetAggregateIdentifier TenantId tenantId, PersonId memberId, String name,
                               String email, Set<Role> roles) implements TenantScoped {
}
