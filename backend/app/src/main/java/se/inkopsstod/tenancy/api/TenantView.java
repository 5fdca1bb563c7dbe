package se.inkopsstod.tenancy.api;

/** A tenant as the platform admin sees it. */
public record TenantView(String id, String name, String organisationNumber, TenantKind kind, String county,
                         int pupils, SizeBand sizeBand, int memberCount) {
}
