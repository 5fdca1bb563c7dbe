package se.inkopsstod.tenancy.directory;

import se.inkopsstod.shared.Role;

import java.util.Set;

/** One row of the directory: a person, the organisation they act for and their roles. */
public record DirectoryPerson(String personId, String tenantId, String tenantName, String vendorOrganisationId,
                              String vendorOrganisationName, String name, String email, Set<Role> roles,
                              String subject) {
}
