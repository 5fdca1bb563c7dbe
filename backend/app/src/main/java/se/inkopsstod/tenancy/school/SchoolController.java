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
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.Role;
import se.inkopsstod.platform.web.RequiresRole;

import java.util.List;

/** The caller's huvudman's schools: every member reads them, the tenant admin keeps the list. */
@RestController
@RequestMapping("/api/tenant/schools")
class SchoolController {

    private final SchoolService schools;

    SchoolController(SchoolService schools) {
        this.schools = schools;
    }

    @GetMapping
    Mono<List<String>> schools(CurrentUser user) {
        return schools.schools(user);
    }

    @RequiresRole({Role.TENANT_ADMIN})
    @PutMapping
    Mono<List<String>> set(CurrentUser user, @Valid @RequestBody SchoolsRequest request) {
        return schools.set(user, request.schools());
    }

    record SchoolsRequest(@NotNull @Size(max = 500) List<@NotNull @Size(max = 200) String> schools) {
    }
}
