package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;

/** A person became association staff or platform admin. */
@SeenBy(Audience.PLATFORM)
@Revision("1")
public record PlatformRoleGrantedEvent(PersonId personId, String name, String email, Role role) {
}
