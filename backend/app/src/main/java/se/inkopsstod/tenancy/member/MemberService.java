package se.inkopsstod.tenancy.member;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.AddMemberCommand;
import se.inkopsstod.tenancy.api.ChangeMemberRolesCommand;
import se.inkopsstod.tenancy.api.MemberView;
import se.inkopsstod.tenancy.directory.Directory;

import java.util.List;
import java.util.Set;

/** The team of the caller's own tenant: every member reads it, the tenant admin adds members and changes roles. */
@Service
class MemberService {

    private final Directory directory;
    private final Commands commands;

    MemberService(Directory directory, Commands commands) {
        this.directory = directory;
        this.commands = commands;
    }

    Mono<List<MemberView>> members(CurrentUser user) {
        TenantId tenant = user.tenantId();
        return Blocking.call(() -> directory.members(tenant));
    }

    /** An e-mail address belongs to one person on the whole platform: it is how a login finds its member. */
    Mono<MemberView> add(CurrentUser user, String name, String email, Set<Role> roles) {
        TenantId tenant = user.require(Role.TENANT_ADMIN).tenantId();
        PersonId memberId = PersonId.random();
        return Blocking.call(() -> directory.emailInUse(email))
                .flatMap(inUse -> inUse
                        ? Mono.error(new ConflictException("member.email-taken", "That e-mail address is already in use.").<ConflictException>withMessageKey("member.email-taken"))
                        : commands.send(new AddMemberCommand(tenant, memberId, name, email, roles), user))
                .then(Blocking.call(() -> directory.member(tenant, memberId).orElseThrow()));
    }

    Mono<MemberView> changeRoles(CurrentUser user, String memberId, Set<Role> roles) {
        TenantId tenant = user.require(Role.TENANT_ADMIN).tenantId();
        return Blocking.call(() -> existingMember(tenant, memberId))
                .flatMap(member -> commands.send(new ChangeMemberRolesCommand(tenant, member, roles), user)
                        .then(Blocking.call(() -> directory.member(tenant, member).orElseThrow())));
    }

    /** A member of the caller's own tenant only: another tenant's member is as unknown as one that does not exist. */
    private PersonId existingMember(TenantId tenant, String memberId) {
        if (memberId.length() > 64) {
            throw new NotFoundException("No such member.").withMessageKey("not-found.member");
        }
        PersonId id = PersonId.of(memberId);
        return directory.member(tenant, id).map(m -> id).orElseThrow(() -> new NotFoundException("No such member.").withMessageKey("not-found.member"));
    }
}
