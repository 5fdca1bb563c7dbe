package se.inkopsstod.shared;


/**
 * An aggregate that belongs to one tenant. Every command to it must name that tenant (as
 * {@link TenantScoped} or {@link AddressedToTenant}) or be a {@link CrossTenantCommand}; the
 * platform's tenant guard refuses any other before the aggregate's own handler runs.
 */
public interface TenantOwned {

    /** The owning tenant; null only while the aggregate is being created. */
    TenantId owningTenant();
}
