package se.inkopsstod.outcomes.anonymisation;

import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.api.IdentityFinding;
import se.inkopsstod.procurement.api.IdentityKind;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.MemberView;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.PersonStanding;
import se.inkopsstod.tenancy.api.TenantMembers;
import se.inkopsstod.tenancy.api.TenantView;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the identity check before publishing a question finds, and what it lets pass. */
class DirectoryIdentityFinderTest {

    private static final TenantId TENANT = TenantId.of("tenant-alvstad");

    private final DirectoryIdentityFinder finder = new DirectoryIdentityFinder(new Members(), new Directory());

    @Test
    void findsVendorsByFullAndShortNameTheirStaffAndContactDetails() {
        assertThat(finder.find(TENANT, "Vi på Edulab undrar. Ring Petra Holm på 070-123 45 67 eller petra@exempel.se."))
                .contains(new IdentityFinding(IdentityKind.VENDOR, "Edulab"),
                        new IdentityFinding(IdentityKind.PHONE, "070-123 45 67"),
                        new IdentityFinding(IdentityKind.EMAIL, "petra@exempel.se"))
                .anyMatch(f -> f.kind() == IdentityKind.PERSON && f.text().contains("Petra Holm"));
        assertThat(finder.find(TENANT, "Gäller det Skolsystem Norden AB:s export?"))
                .containsExactly(new IdentityFinding(IdentityKind.VENDOR, "Skolsystem Norden AB"));
        assertThat(finder.find(TENANT, "Vårt organisationsnummer är 559100-0012."))
                .anyMatch(f -> f.kind() == IdentityKind.ORGANISATION_NUMBER);
    }

    @Test
    void letsOrdinaryWordsPlacesAndSchoolsPass() {
        // "skolsystem" the word is not Skolsystem the company; the buyer's own municipality and schools give no asker away
        assertThat(finder.find(TENANT, "Ska skolsystem i Älvstad kunna läsa elevlistor från Norrskolan via SS 12000?")).isEmpty();
        assertThat(finder.find(TENANT, "  ")).isEmpty();
    }

    private static final class Members implements TenantMembers {
        @Override
        public List<MemberView> members(TenantId tenantId) {
            return List.of(new MemberView("p1", "Karin Ek", "karin@alvstad.example", Set.of(Role.BUYER), true));
        }

        @Override
        public Map<String, PersonStanding> standings(Collection<String> personIds) {
            return Map.of();
        }
    }

    private static final class Directory implements Organisations {
        @Override
        public List<VendorOrganisationView> vendorOrganisations() {
            return List.of(new VendorOrganisationView("v1", "Edulab Lärplattformar AB", "559100-0004", 2),
                    new VendorOrganisationView("v2", "Skolsystem Norden AB", "559100-0012", 2));
        }

        @Override
        public Optional<VendorOrganisationView> vendorOrganisation(String vendorOrganisationId) {
            return Optional.empty();
        }

        @Override
        public Optional<VendorOrganisationView> vendorOrganisationByNumber(String organisationNumber) {
            return Optional.empty();
        }

        @Override
        public List<TenantView> tenants() {
            return List.of();
        }

        @Override
        public Optional<TenantView> tenant(String tenantId) {
            return Optional.empty();
        }

        @Override
        public List<String> schools(String tenantId) {
            return List.of("Norrskolan");
        }

        @Override
        public Optional<String> tenantName(String tenantId) {
            return Optional.of("Älvstads kommun");
        }

        @Override
        public List<String> vendorPeopleNames() {
            return List.of("Petra Holm");
        }
    }
}
