package se.inkopsstod.shared;

/** The id and display name of the organisation a person acts for: a tenant or a vendor organisation. */
public record OrganisationRef(String id, String name) {
}
