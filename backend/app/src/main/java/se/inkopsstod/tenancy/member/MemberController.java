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
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.platform.web.RequiresRole;
import se.inkopsstod.shared.Role;
import se.inkopsstod.tenancy.api.MemberView;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** The team of the caller's own tenant. The tenant is always the caller's: there is no tenant parameter. */
@RestController
@RequestMapping("/api/tenant/members")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    Mono<List<MemberView>> members(CurrentUser user) {
        return members.members(user);
    }

    @RequiresRole({Role.TENANT_ADMIN})
    @PostMapping
    Mono<ResponseEntity<MemberView>> add(CurrentUser user, @Valid @RequestBody AddMemberRequest request) {
        return members.add(user, request.name(), request.email(), request.roles())
                .map(member -> ResponseEntity.created(URI.create("/api/tenant/members/" + member.id())).body(member));
    }

    @RequiresRole({Role.TENANT_ADMIN})
    @PutMapping("/{memberId}/roles")
    Mono<MemberView> changeRoles(CurrentUser user, @PathVariable String memberId,
                                 @Valid @RequestBody ChangeRolesRequest request) {
        return members.changeRoles(user, memberId, request.roles());
    }

    record AddMemberRequest(@NotBlank @Size(max = 200) String name,
                            @NotBlank @Email @Size(max = 254) String email,
                            @NotEmpty Set<@NotNull Role> roles) {
    }

    record ChangeRolesRequest(@NotEmpty Set<@NotNull Role> roles) {
    }
}
