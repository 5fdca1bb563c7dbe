package se.inkopsstod.shared;


/** A message that belongs to one tenant; the correlation data provider copies its tenant into metadata. */
public interface TenantScoped {
    TenantId tenantId();
}
