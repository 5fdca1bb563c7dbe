package se.inkopsstod.tenancy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;

/** Make a person association staff or platform admin. {@code staffId} is always {@link #PLATFORM_STAFF}. */
public record GrantPlatformRoleCommand(@TargetAggregateIdentifier String staffId, PersonId personId, String name,
                                       String email, Role role) {

    /** The one platform staff register. */
    public static final String PLATFORM_STAFF = "platform-staff";

    public GrantPlatformRoleCommand(PersonId personId, String name, String email, Role role) {
        this(PLATFORM_STAFF, personId, name, email, role);
    }
}
