package se.inkopsstod.tenancy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;

/** Tie a platform staff person to the identity provider's subject at their first login. */
public record LinkStaffIdentityCommand(@TargetAggregateIdentifier String staffId, PersonId personId, String subject) {

    public LinkStaffIdentityCommand(PersonId personId, String subject) {
        this(GrantPlatformRoleCommand.PLATFORM_STAFF, personId, subject);
    }
}
