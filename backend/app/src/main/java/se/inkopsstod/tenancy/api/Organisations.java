package se.inkopsstod.tenancy.api;

import java.util.List;
import java.util.Optional;

/** Organisations by id, for other contexts (vendor pickers, a buyer's name shown to vendors). Blocking. */
public interface Organisations {

    List<VendorOrganisationView> vendorOrganisations();

    Optional<VendorOrganisationView> vendorOrganisation(String vendorOrganisationId);

    /** A vendor organisation by its (normalised) organisation number. */
    Optional<VendorOrganisationView> vendorOrganisationByNumber(String organisationNumber);

    /** Every tenant (huvudman) on the platform. */
    List<TenantView> tenants();

    /** The tenant with its kind, county and size band, or empty for an unknown id. */
    Optional<TenantView> tenant(String tenantId);

    /** The huvudman's schools as its tenant admin listed them, in their order. */
    List<String> schools(String tenantId);

    /** The tenant's name, or empty for an unknown id. */
    Optional<String> tenantName(String tenantId);

    /** The names of everyone on a vendor organisation's staff, for finding them in a text. */
    List<String> vendorPeopleNames();
}
