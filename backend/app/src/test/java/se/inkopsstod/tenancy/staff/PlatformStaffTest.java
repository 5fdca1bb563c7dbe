package se.inkopsstod.tenancy.staff;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.tenancy.api.GrantPlatformRoleCommand;
import se.inkopsstod.tenancy.api.LinkStaffIdentityCommand;
import se.inkopsstod.tenancy.api.PlatformRoleGrantedEvent;
import se.inkopsstod.tenancy.api.StaffIdentityLinkedEvent;

class PlatformStaffTest {

    private static final PersonId INGRID = PersonId.of("staff-ingrid");

    private final AggregateTestFixture<PlatformStaff> fixture = new AggregateTestFixture<>(PlatformStaff.class);

    @Test
    void firstGrantCreatesTheRegister() {
        fixture.givenNoPriorActivity()
                .when(new GrantPlatformRoleCommand(INGRID, "Ingrid", "Ingrid@association.example", Role.ASSOCIATION_STAFF))
                .expectEvents(new PlatformRoleGrantedEvent(INGRID, "Ingrid", "ingrid@association.example", Role.ASSOCIATION_STAFF));
    }

    @Test
    void cannotGrantTenantRoleAsPlatformRole() {
        fixture.givenNoPriorActivity()
                .when(new GrantPlatformRoleCommand(INGRID, "Ingrid", "ingrid@association.example", Role.BUYER))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void cannotGrantSamePersonTwice() {
        fixture.given(new PlatformRoleGrantedEvent(INGRID, "Ingrid", "ingrid@association.example", Role.ASSOCIATION_STAFF))
                .when(new GrantPlatformRoleCommand(PersonId.of("x"), "I", "ingrid@association.example", Role.PLATFORM_ADMIN))
                .expectException(ConflictException.class);
    }

    @Test
    void canLinkStaffIdentity() {
        fixture.given(new PlatformRoleGrantedEvent(INGRID, "Ingrid", "ingrid@association.example", Role.ASSOCIATION_STAFF))
                .when(new LinkStaffIdentityCommand(INGRID, "sub-ingrid"))
                .expectEvents(new StaffIdentityLinkedEvent(INGRID, "sub-ingrid"));
    }
}
