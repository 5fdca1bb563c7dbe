package se.inkopsstod.tenancy.tenant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.tenancy.api.OrganisationNumbers;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform admin registers huvudmän and vendor organisations; nobody else can. */
@InkopsstodIntegrationTest
class PlatformAdministrationIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminRegistersATenantWithItsFirstAdministrator() {
        ApiSession admin = ApiSession.login("admin");
        String digits = OrganisationNumbers.withCheckDigit("212000" + ThreadLocalRandom.current().nextInt(100, 999)).replace("-", "");
        String adminEmail = "first-admin-" + UUID.randomUUID() + "@sjostad.example";

        HttpResponse<String> response = admin.post("/api/tenants", """
                {"name":"Sjöstads kommun","organisationNumber":"%s","kind":"MUNICIPAL","county":"Skåne län",
                 "pupils":12500,"adminName":"Greta Sjö","adminEmail":"%s"}""".formatted(digits, adminEmail));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode tenant = ApiSession.parse(response.body());
        assertThat(tenant.get("organisationNumber").asString()).isEqualTo(digits.substring(0, 6) + "-" + digits.substring(6));
        assertThat(tenant.get("sizeBand").asString()).isEqualTo("LARGE");
        assertThat(tenant.get("memberCount").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select roles from directory_person where email = ?").param(adminEmail)
                .query(String.class).single()).isEqualTo("TENANT_ADMIN");

        HttpResponse<String> again = admin.post("/api/tenants", """
                {"name":"Sjöstad igen","organisationNumber":"%s","kind":"MUNICIPAL","county":"Skåne län",
                 "pupils":1,"adminName":"X","adminEmail":"x-%s@sjostad.example"}""".formatted(digits, UUID.randomUUID()));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ApiSession.parse(again.body()).get("code").asString()).isEqualTo("organisation.number-taken");
    }

    @Test
    void adminRegistersAVendorOrganisationWithItsFirstUser() {
        ApiSession admin = ApiSession.login("admin");
        String number = OrganisationNumbers.withCheckDigit("559" + ThreadLocalRandom.current().nextInt(100_000, 999_999));

        HttpResponse<String> response = admin.post("/api/vendor-organisations", """
                {"name":"Provia AB","organisationNumber":"%s","contactName":"Pia Pro","contactEmail":"pia-%s@provia.example"}"""
                .formatted(number, UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(ApiSession.parse(response.body()).get("userCount").asInt()).isEqualTo(1);
        assertThat(admin.json("/api/vendor-organisations").toString()).contains("Provia AB");
    }

    @Test
    void badRegistrationsAreRefusedAndStoreNothing() {
        ApiSession admin = ApiSession.login("admin");
        long before = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();

        HttpResponse<String> badNumber = admin.post("/api/tenants", """
                {"name":"X","organisationNumber":"12-34","kind":"MUNICIPAL","county":"Skåne län","pupils":10,
                 "adminName":"X","adminEmail":"x@x.example"}""");
        HttpResponse<String> badCheckDigit = admin.post("/api/tenants", """
                {"name":"X","organisationNumber":"556000-0000","kind":"MUNICIPAL","county":"Skåne län","pupils":10,
                 "adminName":"X","adminEmail":"z@x.example"}""");
        HttpResponse<String> badVendorCheckDigit = admin.post("/api/vendor-organisations", """
                {"name":"X AB","organisationNumber":"5560000000","contactName":"X","contactEmail":"z@x.example"}""");
        HttpResponse<String> negativePupils = admin.post("/api/tenants", """
                {"name":"X","organisationNumber":"212000-0019","kind":"MUNICIPAL","county":"Skåne län","pupils":-5,
                 "adminName":"X","adminEmail":"x@x.example"}""");
        HttpResponse<String> unknownKind = admin.post("/api/tenants", """
                {"name":"X","organisationNumber":"212000-0019","kind":"PRIVATE","county":"Skåne län","pupils":5,
                 "adminName":"X","adminEmail":"x@x.example"}""");
        HttpResponse<String> takenEmail = admin.post("/api/tenants", """
                {"name":"X","organisationNumber":"212000-0001","kind":"MUNICIPAL","county":"Skåne län","pupils":5,
                 "adminName":"X","adminEmail":"eva.lindqvist@alvstad.example"}""");
        HttpResponse<String> hugeNumber = admin.post("/api/tenants", """
                {"name":"X","organisationNumber":"212000-0027","kind":"MUNICIPAL","county":"Skåne län","pupils":99999999999,
                 "adminName":"X","adminEmail":"y@x.example"}""");

        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(badNumber.body()).contains("organisationNumber");
        assertThat(badCheckDigit.statusCode()).isEqualTo(400);
        assertThat(ApiSession.parse(badCheckDigit.body()).get("errors").toString())
                .contains("organisationNumber", "The check digit does not match");
        assertThat(badVendorCheckDigit.statusCode()).isEqualTo(400);
        assertThat(badVendorCheckDigit.body()).contains("The check digit does not match");
        assertThat(negativePupils.statusCode()).isEqualTo(400);
        assertThat(negativePupils.body()).contains("pupils");
        assertThat(unknownKind.statusCode()).isEqualTo(400);
        assertThat(takenEmail.statusCode()).isEqualTo(409);
        assertThat(hugeNumber.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void platformAdminEmailsBootstrapAdminsAlongsideTheDemoData() {
        assertThat(jdbc.sql("select roles from directory_person where email = ?")
                .param(DevStackInitializer.BOOTSTRAP_ADMIN).query(String.class).single()).isEqualTo("PLATFORM_ADMIN");
        assertThat(jdbc.sql("select count(*) from directory_person where email = 'admin@inkopsstod.example'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyThePlatformAdminRegisters() {
        for (String username : new String[]{"alvstad-admin", "edulab-1", "staff"}) {
            ApiSession session = ApiSession.login(username);
            HttpResponse<String> tenant = session.post("/api/tenants", """
                    {"name":"Falsk kommun","organisationNumber":"212000-1116","kind":"MUNICIPAL","county":"Skåne län",
                     "pupils":5,"adminName":"X","adminEmail":"falsk-%s@x.example"}""".formatted(username));
            HttpResponse<String> vendor = session.post("/api/vendor-organisations", """
                    {"name":"Falsk AB","organisationNumber":"559999-1113","contactName":"X","contactEmail":"falsk-%s@y.example"}"""
                    .formatted(username));
            assertThat(tenant.statusCode()).as(username).isEqualTo(403);
            assertThat(vendor.statusCode()).as(username).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from directory_tenant where name = 'Falsk kommun'").query(Long.class).single()).isZero();
    }
}
