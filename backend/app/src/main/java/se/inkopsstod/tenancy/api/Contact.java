package se.inkopsstod.tenancy.api;

/**
 * How to reach a person still in the directory, and where they belong now: a tenant or a vendor
 * organisation (the other is null).
 */
public record Contact(String personId, String name, String email, String tenantId, String vendorOrganisationId) {
}
