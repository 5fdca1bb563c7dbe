package se.inkopsstod.demo;

import se.inkopsstod.shared.Role;
import se.inkopsstod.tenancy.api.TenantKind;

import java.util.List;
import java.util.Set;

/**
 * The shape of {@code demo/demo-data.json}: fictional huvudmän, vendors and staff, and people who can
 * log in but belong to no organisation yet (not seeded: a buyer invites their organisation).
 */
record DemoData(String password, List<DemoTenant> tenants, List<DemoVendor> vendorOrganisations,
                List<DemoPerson> platformStaff, List<DemoPerson> unaffiliated) {

    record DemoTenant(String key, String name, String organisationNumber, TenantKind kind, String county, int pupils,
                      List<String> schools, List<DemoPerson> members) {
    }

    record DemoVendor(String key, String name, String organisationNumber, List<DemoPerson> users) {
    }

    record DemoPerson(String username, String name, String email, Set<Role> roles) {
    }
}
