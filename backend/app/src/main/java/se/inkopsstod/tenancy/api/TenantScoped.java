package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.TenantId;

/** A message that belongs to one tenant; the correlation data provider copies its tenant into metadata. */
public interface TenantScoped {
    TenantId tenantId();
}
