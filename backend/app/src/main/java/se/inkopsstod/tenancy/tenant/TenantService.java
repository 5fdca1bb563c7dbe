package se.inkopsstod.tenancy.tenant;

import org.springframework.stereotype.Service;
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

import java.util.List;
import java.util.Set;

/** Platform admins register huvudmän, each with its first tenant admin (nobody else could then add members). */
@Service
class TenantService {

    private final Directory directory;
    private final Commands commands;

    TenantService(Directory directory, Commands commands) {
        this.directory = directory;
        this.commands = commands;
    }

    /** A huvudman to register and the person who will administer it. */
    record NewTenant(String name, String organisationNumber, TenantKind kind, String county, int pupils,
                     String adminName, String adminEmail) {
    }

    Mono<List<TenantView>> tenants(CurrentUser user) {
        user.require(Role.PLATFORM_ADMIN);
        return Blocking.call(directory::tenants);
    }

    Mono<TenantView> register(CurrentUser user, NewTenant tenant) {
        user.require(Role.PLATFORM_ADMIN);
        TenantId tenantId = TenantId.random();
        String organisationNumber = OrganisationNumbers.normalise(tenant.organisationNumber());
        return Blocking.run(() -> directory.requireUnregistered(organisationNumber, tenant.adminEmail()))
                .then(commands.send(new RegisterTenantCommand(tenantId, tenant.name().strip(), organisationNumber,
                        tenant.kind(), tenant.county().strip(), tenant.pupils()), user))
                .then(commands.send(new AddMemberCommand(tenantId, PersonId.random(), tenant.adminName(),
                        tenant.adminEmail(), Set.of(Role.TENANT_ADMIN)), user))
                .then(Blocking.call(() -> directory.tenant(tenantId.value()).orElseThrow()));
    }
}
