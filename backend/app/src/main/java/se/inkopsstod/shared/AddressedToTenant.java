package se.inkopsstod.shared;


/**
 * A command that names the tenant whose aggregate it acts on without being that tenant's own
 * (a vendor's tender to a buyer): checked by the tenant guard, but never put into the metadata
 * that feeds the tenant's activity.
 */
public interface AddressedToTenant {

    TenantId addressedTenant();
}
