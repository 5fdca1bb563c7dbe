package se.inkopsstod.shared;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do. Tenant roles come from the tenant's own records, never from the identity provider. */
public enum Role {
    /** The huvudman's system owner: builds the team, gives roles, invites vendors. */
    TENANT_ADMIN,
    /** Procurement officer or system owner: runs procurements. */
    BUYER,
    /** Teacher, school leader, IT pedagogue: proposes and endorses needs, comments, answers surveys. */
    USER,
    /** Staff of an invited vendor organisation. */
    VENDOR,
    /** The industry association: sees anonymised aggregates only, curates the library, reviews lessons. */
    ASSOCIATION_STAFF,
    /** Runs the platform: registers tenants and vendor organisations. */
    PLATFORM_ADMIN;

    public static final Set<Role> TENANT_ROLES = EnumSet.of(TENANT_ADMIN, BUYER, USER);
    public static final Set<Role> PLATFORM_ROLES = EnumSet.of(ASSOCIATION_STAFF, PLATFORM_ADMIN);
}
