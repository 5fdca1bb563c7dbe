package se.inkopsstod.tenancy.staff;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.tenancy.api.GrantPlatformRoleCommand;
import se.inkopsstod.tenancy.api.LinkStaffIdentityCommand;
import se.inkopsstod.tenancy.api.PlatformRoleGrantedEvent;
import se.inkopsstod.tenancy.api.StaffIdentityLinkedEvent;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The register of association staff and platform admins: one aggregate for the whole platform. */
@Aggregate
class PlatformStaff {

    @AggregateIdentifier
    private String staffId;
    private final Map<PersonId, String> subjects = new HashMap<>();
    private final Map<String, PersonId> byEmail = new HashMap<>();

    PlatformStaff() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GrantPlatformRoleCommand command) {
        if (!Role.PLATFORM_ROLES.contains(command.role())) {
            throw new InvalidInputException("staff.role-invalid", "role", "Platform roles are ASSOCIATION_STAFF and PLATFORM_ADMIN.");
        }
        String email = command.email().strip().toLowerCase(Locale.ROOT);
        if (byEmail.containsKey(email)) {
            throw new ConflictException("member.email-taken", "That person is already platform staff.").withMessageKey("member.email-taken.staff");
        }
        apply(new PlatformRoleGrantedEvent(command.personId(), command.name().strip(), email, command.role()));
    }

    @CommandHandler
    void handle(LinkStaffIdentityCommand command) {
        if (!subjects.containsKey(command.personId())) {
            throw new NotFoundException("No such staff member.").withMessageKey("not-found.staff-member");
        }
        String linked = subjects.get(command.personId());
        if (command.subject().equals(linked)) {
            return;
        }
        if (linked != null) {
            throw new ConflictException("member.already-linked", "This person already logs in with another account.").withMessageKey("member.already-linked.person");
        }
        apply(new StaffIdentityLinkedEvent(command.personId(), command.subject()));
    }

    @EventSourcingHandler
    void on(PlatformRoleGrantedEvent event) {
        staffId = GrantPlatformRoleCommand.PLATFORM_STAFF;
        subjects.put(event.personId(), null);
        byEmail.put(event.email(), event.personId());
    }

    @EventSourcingHandler
    void on(StaffIdentityLinkedEvent event) {
        subjects.put(event.personId(), event.subject());
    }
}
