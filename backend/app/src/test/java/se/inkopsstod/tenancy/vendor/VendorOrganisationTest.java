package se.inkopsstod.tenancy.vendor;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.AddVendorUserCommand;
import se.inkopsstod.tenancy.api.LinkVendorUserIdentityCommand;
import se.inkopsstod.tenancy.api.RegisterVendorOrganisationCommand;
import se.inkopsstod.tenancy.api.VendorOrganisationRegisteredEvent;
import se.inkopsstod.tenancy.api.VendorUserAddedEvent;
import se.inkopsstod.tenancy.api.VendorUserIdentityLinkedEvent;

class VendorOrganisationTest {

    private static final VendorOrganisationId EDULAB = VendorOrganisationId.of("vendor-edulab");
    private static final PersonId HENRIK = PersonId.of("vendor-user-henrik");

    private final AggregateTestFixture<VendorOrganisation> fixture = new AggregateTestFixture<>(VendorOrganisation.class);

    @Test
    void canRegisterVendorOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVendorOrganisationCommand(EDULAB, " Edulab AB ", "559100-0004"))
                .expectEvents(new VendorOrganisationRegisteredEvent(EDULAB, "Edulab AB", "559100-0004"));
    }

    @Test
    void canAddUserOnceByEmail() {
        fixture.given(new VendorOrganisationRegisteredEvent(EDULAB, "Edulab AB", "559100-0004"),
                        new VendorUserAddedEvent(EDULAB, HENRIK, "Henrik Dahl", "henrik.dahl@edulab.example"))
                .when(new AddVendorUserCommand(EDULAB, PersonId.of("other"), "H D", "Henrik.Dahl@edulab.example"))
                .expectException(ConflictException.class);
    }

    @Test
    void canLinkUserIdentity() {
        fixture.given(new VendorOrganisationRegisteredEvent(EDULAB, "Edulab AB", "559100-0004"),
                        new VendorUserAddedEvent(EDULAB, HENRIK, "Henrik Dahl", "henrik.dahl@edulab.example"))
                .when(new LinkVendorUserIdentityCommand(EDULAB, HENRIK, "sub-henrik"))
                .expectEvents(new VendorUserIdentityLinkedEvent(EDULAB, HENRIK, "sub-henrik"));
    }

    @Test
    void cannotLinkUnknownUser() {
        fixture.given(new VendorOrganisationRegisteredEvent(EDULAB, "Edulab AB", "559100-0004"))
                .when(new LinkVendorUserIdentityCommand(EDULAB, HENRIK, "sub-henrik"))
                .expectException(NotFoundException.class);
    }
}
