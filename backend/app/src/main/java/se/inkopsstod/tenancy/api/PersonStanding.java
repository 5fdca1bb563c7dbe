package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Role;

import java.util.Set;

/**
 * Where a person stands now in the directory: their tenant or vendor organisation and their roles.
 * Read again while a live stream is open, so that a removal or a role change ends what it allowed.
 */
public record PersonStanding(String personId, String tenantId, String vendorOrganisationId, Set<Role> roles) {

    public PersonStanding {
        roles = Set.copyOf(roles);
    }
}
