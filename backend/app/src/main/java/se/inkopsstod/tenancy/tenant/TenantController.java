package se.inkopsstod.tenancy.tenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.AddMemberCommand;
import se.inkopsstod.tenancy.api.OrganisationNumbers;
import se.inkopsstod.tenancy.api.RegisterTenantCommand;
import se.inkopsstod.tenancy.api.TenantKind;
import se.inkopsstod.tenancy.api.TenantView;
import se.inkopsstod.tenancy.directory.Directory;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** Platform admins register huvudmän, each with its first tenant admin. */
@RestController
@RequestMapping("/api/tenants")
class TenantController {

    private final Directory directory;
    private final Commands commands;

    TenantController(Directory directory, Commands commands) {
        this.directory = directory;
        this.commands = commands;
    }

    @GetMapping
    Mono<List<TenantView>> tenants(CurrentUser user) {
        user.require(Role.PLATFORM_ADMIN);
        return Blocking.call(directory::tenants);
    }

    @PostMapping
    Mono<ResponseEntity<TenantView>> register(CurrentUser user, @Valid @RequestBody RegisterTenantRequest request) {
        user.require(Role.PLATFORM_ADMIN);
        TenantId tenantId = TenantId.random();
        String organisationNumber = OrganisationNumbers.normalise(request.organisationNumber());
        return Blocking.run(() -> directory.requireUnregistered(organisationNumber, request.adminEmail()))
                .then(commands.send(new RegisterTenantCommand(tenantId, request.name().strip(), organisationNumber,
                        request.kind(), request.county().strip(), request.pupils()), user))
                .then(commands.send(new AddMemberCommand(tenantId, PersonId.random(), request.adminName(),
                        request.adminEmail(), Set.of(Role.TENANT_ADMIN)), user))
                .then(Blocking.call(() -> directory.tenant(tenantId.value()).orElseThrow()))
                .map(tenant -> ResponseEntity.created(URI.create("/api/tenants/" + tenant.id())).body(tenant));
    }

    record RegisterTenantRequest(@NotBlank @Size(max = 200) String name,
                                 @NotBlank @Pattern(regexp = OrganisationNumbers.PATTERN, message = "must look like 212000-1234") String organisationNumber,
                                 @NotNull TenantKind kind,
                                 @NotBlank @Size(max = 100) String county,
                                 @NotNull @PositiveOrZero @Max(2_000_000) Integer pupils,
                                 @NotBlank @Size(max = 200) String adminName,
                                 @NotBlank @Email @Size(max = 254) String adminEmail) {
    }
}
