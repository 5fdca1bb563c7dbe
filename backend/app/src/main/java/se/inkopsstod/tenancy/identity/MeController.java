package se.inkopsstod.tenancy.identity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.OrganisationRef;
import se.inkopsstod.shared.Role;

import java.util.List;

/** Who am I: the logged-in person as the application knows them. */
@RestController
class MeController {

    @GetMapping("/api/me")
    Me me(CurrentUser user) {
        return new Me(user.id() == null ? null : user.id().value(), user.name(), user.email(), user.tenant(),
                user.vendorOrganisation(), user.roles().stream().sorted().toList());
    }

    /** The /api/me body: a person unknown to the application has no id, organisation or roles. */
    record Me(String id, String name, String email, OrganisationRef tenant, OrganisationRef vendorOrganisation,
              List<Role> roles) {
    }
}
