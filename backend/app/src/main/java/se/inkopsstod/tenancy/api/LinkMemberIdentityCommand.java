package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.TenantId;

/** Tie a member to the identity provider's subject at their first login. */
public record LinkMemberIdentityCommand(@TargetAggregateIdentifier TenantId tenantId, PersonId memberId,
                                        String subject) implements TenantScoped {
}
