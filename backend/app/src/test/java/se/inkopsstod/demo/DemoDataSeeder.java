package se.inkopsstod.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.AddMemberCommand;
import se.inkopsstod.tenancy.api.AddVendorUserCommand;
import se.inkopsstod.tenancy.api.GrantPlatformRoleCommand;
import se.inkopsstod.tenancy.api.RegisterTenantCommand;
import se.inkopsstod.tenancy.api.RegisterVendorOrganisationCommand;
import se.inkopsstod.tenancy.api.SetSchoolsCommand;
import se.inkopsstod.tenancy.directory.Directory;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;

/**
 * Seeds the demo huvudmän, vendors and staff, through the same commands people use, so the demo
 * has a real event history. Runs once: only when no tenant exists yet.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("inkopsstod.demo-data.enabled")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final Directory directory;
    private final Commands commands;
    private final JsonMapper json;

    DemoDataSeeder(Directory directory, Commands commands, JsonMapper json) {
        this.directory = directory;
        this.commands = commands;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (directory.anyTenant()) {
            log.info("Demo data: tenants exist already, nothing seeded");
            return;
        }
        DemoData data;
        try (InputStream in = new ClassPathResource("demo/demo-data.json").getInputStream()) {
            data = json.readValue(in, DemoData.class);
        }
        for (DemoData.DemoTenant tenant : data.tenants()) {
            TenantId tenantId = TenantId.random();
            commands.sendAsSystem(new RegisterTenantCommand(tenantId, tenant.name(), tenant.organisationNumber(),
                    tenant.kind(), tenant.county(), tenant.pupils()));
            tenant.members().forEach(m -> commands.sendAsSystem(
                    new AddMemberCommand(tenantId, PersonId.random(), m.name(), m.email(), m.roles())));
            if (tenant.schools() != null) {
                commands.sendAsSystem(new SetSchoolsCommand(tenantId, tenant.schools()));
            }
        }
        for (DemoData.DemoVendor vendor : data.vendorOrganisations()) {
            VendorOrganisationId vendorId = VendorOrganisationId.random();
            commands.sendAsSystem(new RegisterVendorOrganisationCommand(vendorId, vendor.name(), vendor.organisationNumber()));
            vendor.users().forEach(u -> commands.sendAsSystem(
                    new AddVendorUserCommand(vendorId, PersonId.random(), u.name(), u.email())));
        }
        // PLATFORM_ADMIN_EMAILS may have granted a demo address already
        for (DemoData.DemoPerson staff : data.platformStaff().stream().filter(p -> !directory.emailInUse(p.email())).toList()) {
            for (Role role : staff.roles()) {
                commands.sendAsSystem(new GrantPlatformRoleCommand(PersonId.random(), staff.name(), staff.email(), role));
            }
        }
        log.info("Demo data: seeded {} tenants, {} vendor organisations and {} platform staff",
                data.tenants().size(), data.vendorOrganisations().size(), data.platformStaff().size());
    }
}
