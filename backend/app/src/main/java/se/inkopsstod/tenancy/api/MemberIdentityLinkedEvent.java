package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantScoped;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.TenantId;

/** A member logged in for the first time; from now on their provider subject identifies them. */
@SeenBy(Audience.TENANT)
@Revision("1")
public record MemberIdentityLinkedEvent(TenantId tenantId, PersonId memberId, String name, String subject)
        implements TenantScoped {
}
