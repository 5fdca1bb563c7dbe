package se.inkopsstod.tenancy.school;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.SetSchoolsCommand;

import java.util.List;

/** The caller's huvudman's schools: every member reads them, the tenant admin keeps the list. */
@Service
class SchoolService {

    private final Organisations organisations;
    private final Commands commands;

    SchoolService(Organisations organisations, Commands commands) {
        this.organisations = organisations;
        this.commands = commands;
    }

    Mono<List<String>> schools(CurrentUser user) {
        TenantId tenant = user.tenantId();
        return Blocking.call(() -> organisations.schools(tenant.value()));
    }

    /** Replaces the whole list, in the admin's order. */
    Mono<List<String>> set(CurrentUser user, List<String> schools) {
        TenantId tenant = user.require(Role.TENANT_ADMIN).tenantId();
        return commands.send(new SetSchoolsCommand(tenant, schools), user)
                .then(Blocking.call(() -> organisations.schools(tenant.value())));
    }
}
