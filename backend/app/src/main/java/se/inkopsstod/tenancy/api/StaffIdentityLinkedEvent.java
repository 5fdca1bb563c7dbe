package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;

/** A platform staff person logged in for the first time. */
@SeenBy(Audience.PLATFORM)
@Revision("1")
public record StaffIdentityLinkedEvent(PersonId personId, String subject) {
}
