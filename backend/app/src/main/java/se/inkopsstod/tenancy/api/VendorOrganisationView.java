package se.inkopsstod.tenancy.api;

/** A vendor organisation as the platform admin sees it. */
public record VendorOrganisationView(String id, String name, String organisationNumber, int userCount) {
}
