package se.inkopsstod.tenancy.tenant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.AddMemberCommand;
import se.inkopsstod.tenancy.api.ChangeMemberRolesCommand;
import se.inkopsstod.tenancy.api.SchoolsSetEvent;
import se.inkopsstod.tenancy.api.SetSchoolsCommand;
import se.inkopsstod.tenancy.api.LinkMemberIdentityCommand;
import se.inkopsstod.tenancy.api.MemberAddedEvent;
import se.inkopsstod.tenancy.api.MemberIdentityLinkedEvent;
import se.inkopsstod.tenancy.api.MemberRolesChangedEvent;
import se.inkopsstod.tenancy.api.RegisterTenantCommand;
import se.inkopsstod.tenancy.api.SizeBand;
import se.inkopsstod.tenancy.api.TenantRegisteredEvent;

import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A huvudman and its team. Guards: member roles are tenant roles, e-mails are unique, an admin always remains. */
@Aggregate
class Tenant implements TenantOwned {

    @AggregateIdentifier
    private TenantId tenantId;
    private final Map<PersonId, Member> members = new HashMap<>();

    Tenant() {
        // for Axon
    }

    @CommandHandler
    Tenant(RegisterTenantCommand command) {
        if (command.pupils() < 0) {
            throw new InvalidInputException("tenant.pupils-negative", "pupils", "The number of pupils cannot be negative.");
        }
        apply(new TenantRegisteredEvent(command.tenantId(), command.name(), command.organisationNumber(),
                command.kind(), command.county(), command.pupils(), SizeBand.ofPupils(command.pupils())));
    }

    @CommandHandler
    void handle(AddMemberCommand command) {
        requireTenantRoles(command.roles());
        String email = normalise(command.email());
        if (members.values().stream().anyMatch(m -> m.email().equals(email))) {
            throw new ConflictException("member.email-taken", "Someone with that e-mail address is already in the team.").withMessageKey("member.email-taken.team");
        }
        if (members.containsKey(command.memberId())) {
            throw new ConflictException("member.exists", "That member already exists.");
        }
        apply(new MemberAddedEvent(tenantId, command.memberId(), command.name().strip(), email, Set.copyOf(command.roles())));
    }

    @CommandHandler
    void handle(SetSchoolsCommand command) {
        List<String> schools = command.schools() == null ? List.of() : command.schools().stream()
                .map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        if (schools.size() > 500 || schools.stream().anyMatch(name -> name.length() > 200)) {
            throw new InvalidInputException("tenant.schools", "schools", "At most 500 schools, each name at most 200 characters.");
        }
        apply(new SchoolsSetEvent(tenantId, schools));
    }

    @CommandHandler
    void handle(ChangeMemberRolesCommand command) {
        Member member = member(command.memberId());
        requireTenantRoles(command.roles());
        if (member.roles().equals(command.roles())) {
            return;
        }
        boolean removesLastAdmin = member.roles().contains(Role.TENANT_ADMIN)
                && !command.roles().contains(Role.TENANT_ADMIN)
                && members.values().stream().filter(m -> m.roles().contains(Role.TENANT_ADMIN)).count() == 1;
        if (removesLastAdmin) {
            throw new ConflictException("tenant.last-admin", "A huvudman must keep at least one administrator.");
        }
        apply(new MemberRolesChangedEvent(tenantId, member.id(), member.name(), member.roles(), Set.copyOf(command.roles())));
    }

    @CommandHandler
    void handle(LinkMemberIdentityCommand command) {
        Member member = member(command.memberId());
        if (command.subject().equals(member.subject())) {
            return;
        }
        if (member.subject() != null) {
            throw new ConflictException("member.already-linked", "This member already logs in with another account.").withMessageKey("member.already-linked");
        }
        apply(new MemberIdentityLinkedEvent(tenantId, member.id(), member.name(), command.subject()));
    }

    private Member member(PersonId id) {
        Member member = members.get(id);
        if (member == null) {
            throw new NotFoundException("No such member.").withMessageKey("not-found.member");
        }
        return member;
    }

    private static void requireTenantRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("member.roles-empty", "roles", "A member needs at least one role.");
        }
        if (!Role.TENANT_ROLES.containsAll(roles)) {
            throw new InvalidInputException("member.roles-invalid", "roles",
                    "A member's roles are TENANT_ADMIN, BUYER and USER.");
        }
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(TenantRegisteredEvent event) {
        tenantId = event.tenantId();
    }

    @EventSourcingHandler
    void on(MemberAddedEvent event) {
        members.put(event.memberId(), new Member(event.memberId(), event.name(), event.email(), event.roles(), null));
    }

    @EventSourcingHandler
    void on(MemberRolesChangedEvent event) {
        members.computeIfPresent(event.memberId(), (id, m) -> m.withRoles(event.roles()));
    }

    @EventSourcingHandler
    void on(MemberIdentityLinkedEvent event) {
        members.computeIfPresent(event.memberId(), (id, m) -> m.withSubject(event.subject()));
    }

    private record Member(PersonId id, String name, String email, Set<Role> roles, String subject) {
        Member withRoles(Set<Role> newRoles) {
            return new Member(id, name, email, Set.copyOf(newRoles), subject);
        }

        Member withSubject(String newSubject) {
            return new Member(id, name, email, roles, newSubject);
        }
    }
}
