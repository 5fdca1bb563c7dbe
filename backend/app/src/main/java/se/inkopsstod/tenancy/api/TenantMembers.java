package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.TenantId;

import java.util.List;

/** The members of a tenant, for other contexts (team pickers, names next to changes). Blocking. */
public interface TenantMembers {
    List<MemberView> members(TenantId tenantId);

    /** The standing of each person still in the directory, by person id, in one read. */
    java.util.Map<String, PersonStanding> standings(java.util.Collection<String> personIds);
}
