package se.inkopsstod.tenancy.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
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
@RestController
@RequestMapping("/api/tenant/schools")
class SchoolController {

    private final Organisations organisations;
    private final Commands commands;

    SchoolController(Organisations organisations, Commands commands) {
        this.organisations = organisations;
        this.commands = commands;
    }

    @GetMapping
    Mono<List<String>> schools(CurrentUser user) {
        TenantId tenant = user.tenantId();
        return Blocking.call(() -> organisations.schools(tenant.value()));
    }

    @PutMapping
    Mono<List<String>> set(CurrentUser user, @Valid @RequestBody SchoolsRequest request) {
        TenantId tenant = user.require(Role.TENANT_ADMIN).tenantId();
        return commands.send(new SetSchoolsCommand(tenant, request.schools()), user)
                .then(Blocking.call(() -> organisations.schools(tenant.value())));
    }

    record SchoolsRequest(@NotNull @Size(max = 500) List<@NotNull @Size(max = 200) String> schools) {
    }
}
