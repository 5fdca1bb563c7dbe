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
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.Role;
import se.inkopsstod.platform.web.RequiresRole;
import se.inkopsstod.tenancy.api.OrganisationNumber;
import se.inkopsstod.tenancy.api.OrganisationNumbers;
import se.inkopsstod.tenancy.api.TenantKind;
import se.inkopsstod.tenancy.api.TenantView;

import java.net.URI;
import java.util.List;

/** Platform admins register huvudmän, each with its first tenant admin. */
@RestController
@RequestMapping("/api/tenants")
class TenantController {

    private final TenantService tenants;

    TenantController(TenantService tenants) {
        this.tenants = tenants;
    }

    @GetMapping
    Mono<List<TenantView>> tenants(CurrentUser user) {
        return tenants.tenants(user);
    }

    @RequiresRole({Role.PLATFORM_ADMIN})
    @PostMapping
    Mono<ResponseEntity<TenantView>> register(CurrentUser user, @Valid @RequestBody RegisterTenantRequest request) {
        return tenants.register(user, new TenantService.NewTenant(request.name(), request.organisationNumber(), request.kind(),
                        request.county(), request.pupils(), request.adminName(), request.adminEmail()))
                .map(tenant -> ResponseEntity.created(URI.create("/api/tenants/" + tenant.id())).body(tenant));
    }

    record RegisterTenantRequest(@NotBlank @Size(max = 200) String name,
                                 @NotBlank @Pattern(regexp = OrganisationNumbers.PATTERN, message = "must look like 212000-1231")
                                 @OrganisationNumber String organisationNumber,
                                 @NotNull TenantKind kind,
                                 @NotBlank @Size(max = 100) String county,
                                 @NotNull @PositiveOrZero @Max(2_000_000) Integer pupils,
                                 @NotBlank @Size(max = 200) String adminName,
                                 @NotBlank @Email @Size(max = 254) String adminEmail) {
    }
}
