package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.TenantId;

import java.util.List;

/** The members of a tenant, for other contexts (team pickers, names next to changes). Blocking. */
public interface TenantMembers {
    List<MemberView> members(TenantId tenantId);
}
