package se.inkopsstod.tenancy.api;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;

/** A platform staff person logged in for the first time. */
@Revision("1")
public record StaffIdentityLinkedEvent(PersonId personId, String subject) {
}
