package se.inkopsstod.tenancy.tenant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.TenantGuardedFixture;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.tenancy.api.AddMemberCommand;
import se.inkopsstod.tenancy.api.ChangeMemberRolesCommand;
import se.inkopsstod.tenancy.api.LinkMemberIdentityCommand;
import se.inkopsstod.tenancy.api.MemberAddedEvent;
import se.inkopsstod.tenancy.api.MemberIdentityLinkedEvent;
import se.inkopsstod.tenancy.api.MemberRolesChangedEvent;
import se.inkopsstod.tenancy.api.RegisterTenantCommand;
import se.inkopsstod.tenancy.api.SizeBand;
import se.inkopsstod.tenancy.api.TenantKind;
import se.inkopsstod.tenancy.api.TenantRegisteredEvent;

import java.util.Set;

import static se.inkopsstod.tenancy.TenancyFixtures.ADMIN;
import static se.inkopsstod.tenancy.TenancyFixtures.BUYER;
import static se.inkopsstod.tenancy.TenancyFixtures.TENANT;
import static se.inkopsstod.tenancy.TenancyFixtures.adminAdded;
import static se.inkopsstod.tenancy.TenancyFixtures.buyerAdded;
import static se.inkopsstod.tenancy.TenancyFixtures.tenantRegistered;

class TenantTest {

    private AggregateTestFixture<Tenant> fixture;

    @BeforeEach
    void setUp() {
        fixture = TenantGuardedFixture.of(Tenant.class);
    }

    @Test
    void canRegisterTenantWithSizeBandFromPupils() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTenantCommand(TENANT, "Fjällby kommun", "212000-0035", TenantKind.MUNICIPAL, "Jämtlands län", 1_150))
                .expectEvents(new TenantRegisteredEvent(TENANT, "Fjällby kommun", "212000-0035", TenantKind.MUNICIPAL,
                        "Jämtlands län", 1_150, SizeBand.SMALL));
    }

    @Test
    void cannotRegisterTenantWithNegativePupils() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTenantCommand(TENANT, "Fjällby kommun", "212000-0035", TenantKind.MUNICIPAL, "Jämtlands län", -1))
                .expectException(InvalidInputException.class);
    }

    @Test
    void canAddMemberWithNormalisedEmail() {
        PersonId karin = PersonId.of("member-karin");
        fixture.given(tenantRegistered(), adminAdded())
                .when(new AddMemberCommand(TENANT, karin, " Karin Holm ", " Karin.Holm@Alvstad.example ", Set.of(Role.USER)))
                .expectEvents(new MemberAddedEvent(TENANT, karin, "Karin Holm", "karin.holm@alvstad.example", Set.of(Role.USER)));
    }

    @Test
    void cannotAddSecondMemberWithSameEmail() {
        fixture.given(tenantRegistered(), adminAdded())
                .when(new AddMemberCommand(TENANT, PersonId.of("member-other"), "Eva L", "EVA.LINDQVIST@alvstad.example", Set.of(Role.USER)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void cannotGiveMemberPlatformOrVendorRoles() {
        fixture.given(tenantRegistered(), adminAdded())
                .when(new AddMemberCommand(TENANT, PersonId.of("member-x"), "X", "x@alvstad.example", Set.of(Role.PLATFORM_ADMIN)))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void cannotAddMemberWithoutRoles() {
        fixture.given(tenantRegistered(), adminAdded())
                .when(new AddMemberCommand(TENANT, PersonId.of("member-x"), "X", "x@alvstad.example", Set.of()))
                .expectException(InvalidInputException.class);
    }

    @Test
    void canChangeRolesRecordingPreviousOnes() {
        fixture.given(tenantRegistered(), adminAdded(), buyerAdded())
                .when(new ChangeMemberRolesCommand(TENANT, BUYER, Set.of(Role.BUYER, Role.TENANT_ADMIN)))
                .expectEvents(new MemberRolesChangedEvent(TENANT, BUYER, "Johan Berg", Set.of(Role.BUYER),
                        Set.of(Role.BUYER, Role.TENANT_ADMIN)));
    }

    @Test
    void changingToSameRolesRecordsNothing() {
        fixture.given(tenantRegistered(), adminAdded(), buyerAdded())
                .when(new ChangeMemberRolesCommand(TENANT, BUYER, Set.of(Role.BUYER)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotRemoveLastTenantAdmin() {
        fixture.given(tenantRegistered(), adminAdded(), buyerAdded())
                .when(new ChangeMemberRolesCommand(TENANT, ADMIN, Set.of(Role.BUYER)))
                .expectException(ConflictException.class)
                .expectExceptionMessage("A huvudman must keep at least one administrator.");
    }

    @Test
    void canRemoveAdminRoleWhenAnotherAdminRemains() {
        fixture.given(tenantRegistered(), adminAdded(), buyerAdded(),
                        new MemberRolesChangedEvent(TENANT, BUYER, "Johan Berg", Set.of(Role.BUYER), Set.of(Role.TENANT_ADMIN)))
                .when(new ChangeMemberRolesCommand(TENANT, ADMIN, Set.of(Role.USER)))
                .expectEvents(new MemberRolesChangedEvent(TENANT, ADMIN, "Eva Lindqvist", Set.of(Role.TENANT_ADMIN), Set.of(Role.USER)));
    }

    @Test
    void cannotChangeRolesOfUnknownMember() {
        fixture.given(tenantRegistered(), adminAdded())
                .when(new ChangeMemberRolesCommand(TENANT, PersonId.of("nobody"), Set.of(Role.USER)))
                .expectException(NotFoundException.class);
    }

    @Test
    void linksIdentityOnceAndIgnoresRepeats() {
        fixture.given(tenantRegistered(), adminAdded(), new MemberIdentityLinkedEvent(TENANT, ADMIN, "Eva Lindqvist", "subject-1"))
                .when(new LinkMemberIdentityCommand(TENANT, ADMIN, "subject-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotRelinkMemberToAnotherIdentity() {
        fixture.given(tenantRegistered(), adminAdded(), new MemberIdentityLinkedEvent(TENANT, ADMIN, "Eva Lindqvist", "subject-1"))
                .when(new LinkMemberIdentityCommand(TENANT, ADMIN, "subject-2"))
                .expectException(ConflictException.class);
    }

    @Test
    void canLinkIdentityAtFirstLogin() {
        fixture.given(tenantRegistered(), adminAdded())
                .when(new LinkMemberIdentityCommand(TENANT, ADMIN, "subject-1"))
                .expectEvents(new MemberIdentityLinkedEvent(TENANT, ADMIN, "Eva Lindqvist", "subject-1"));
    }
}
