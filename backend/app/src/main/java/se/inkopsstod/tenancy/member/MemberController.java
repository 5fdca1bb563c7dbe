package se.inkopsstod.tenancy.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
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

import java.net.URI;
import java.util.List;
import java.util.Set;

/** The team of the caller's own tenant. The tenant is always the caller's: there is no tenant parameter. */
@RestController
@RequestMapping("/api/tenant/members")
class MemberController {

    private final Directory directory;
    private final Commands commands;

    MemberController(Directory directory, Commands commands) {
        this.directory = directory;
        this.commands = commands;
    }

    @GetMapping
    Mono<List<MemberView>> members(CurrentUser user) {
        TenantId tenant = user.tenantId();
        return Blocking.call(() -> directory.members(tenant));
    }

    @PostMapping
    Mono<ResponseEntity<MemberView>> add(CurrentUser user, @Valid @RequestBody AddMemberRequest request) {
        TenantId tenant = user.require(Role.TENANT_ADMIN).tenantId();
        PersonId memberId = PersonId.random();
        return Blocking.call(() -> directory.emailInUse(request.email()))
                .flatMap(inUse -> inUse
                        ? Mono.error(new ConflictException("member.email-taken", "That e-mail address is already in use."))
                        : commands.send(new AddMemberCommand(tenant, memberId, request.name(), request.email(), request.roles()), user))
                .then(Blocking.call(() -> directory.member(tenant, memberId).orElseThrow()))
                .map(member -> ResponseEntity.created(URI.create("/api/tenant/members/" + member.id())).body(member));
    }

    @PutMapping("/{memberId}/roles")
    Mono<MemberView> changeRoles(CurrentUser user, @PathVariable String memberId,
                                 @Valid @RequestBody ChangeRolesRequest request) {
        TenantId tenant = user.require(Role.TENANT_ADMIN).tenantId();
        return Blocking.call(() -> existingMember(tenant, memberId))
                .flatMap(member -> commands.send(new ChangeMemberRolesCommand(tenant, member, request.roles()), user)
                        .then(Blocking.call(() -> directory.member(tenant, member).orElseThrow())));
    }

    private PersonId existingMember(TenantId tenant, String memberId) {
        if (memberId.length() > 64) {
            throw new NotFoundException("No such member.");
        }
        PersonId id = PersonId.of(memberId);
        return directory.member(tenant, id).map(m -> id).orElseThrow(() -> new NotFoundException("No such member."));
    }

    record AddMemberRequest(@NotBlank @Size(max = 200) String name,
                            @NotBlank @Email @Size(max = 254) String email,
                            @NotEmpty Set<@NotNull Role> roles) {
    }

    record ChangeRolesRequest(@NotEmpty Set<@NotNull Role> roles) {
    }
}
