package se.inkopsstod.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The person behind a request, as the application's own records know them. A person the records
 * do not know yet has no id, no organisation and no roles.
 */
public record CurrentUser(PersonId id, String name, String email, OrganisationRef tenant,
                          OrganisationRef vendorOrganisation, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public static CurrentUser unknown(IdentityClaims claims) {
        return new CurrentUser(null, claims.name(), claims.email(), null, null, Set.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** @throws ForbiddenException unless the person has one of the roles */
    public CurrentUser require(Role... anyOf) {
        for (Role role : anyOf) {
            if (has(role)) {
                return this;
            }
        }
        throw new ForbiddenException("This needs one of the roles " + Set.of(anyOf) + ".")
                .withMessageKey("forbidden.roles", Arrays.stream(anyOf).map(role -> MessageKey.of("role", role)).toList());
    }

    /** The tenant the person works in. A request never picks its tenant by a parameter. */
    public TenantId tenantId() {
        return Optional.ofNullable(tenant).map(t -> TenantId.of(t.id()))
                .orElseThrow(() -> new ForbiddenException("Only members of a huvudman can do this.").withMessageKey("forbidden.members-only"));
    }

    public PersonId requireId() {
        if (id == null) {
            throw new ForbiddenException("You are not registered in Inköpsstöd yet. Ask your administrator.").withMessageKey("forbidden.not-registered");
        }
        return id;
    }

}
