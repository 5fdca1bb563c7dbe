package se.inkopsstod.tenancy.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.shared.Role;
import se.inkopsstod.tenancy.api.MemberAddedEvent;
import se.inkopsstod.tenancy.api.MemberIdentityLinkedEvent;
import se.inkopsstod.tenancy.api.MemberRolesChangedEvent;
import se.inkopsstod.tenancy.api.SchoolsSetEvent;
import se.inkopsstod.tenancy.api.PlatformRoleGrantedEvent;
import se.inkopsstod.tenancy.api.StaffIdentityLinkedEvent;
import se.inkopsstod.tenancy.api.TenantRegisteredEvent;
import se.inkopsstod.tenancy.api.VendorOrganisationRegisteredEvent;
import se.inkopsstod.tenancy.api.VendorUserAddedEvent;
import se.inkopsstod.tenancy.api.VendorUserIdentityLinkedEvent;

import java.time.Instant;
import java.util.Set;

/**
 * Keeps the directory tables in step with the tenancy events. Runs in the command's own
 * transaction (subscribing processor, see application.yml): a login sees a new member at once,
 * and a unique-constraint violation here rolls the command back. Every change empties what this
 * instance's {@link Directory} caches; other instances see it within the cache's few seconds.
 */
@Component
@ProcessingGroup(DirectoryProjection.GROUP)
class DirectoryProjection {

    static final String GROUP = "tenancy-directory";

    private final JdbcClient jdbc;
    private final Directory directory;

    DirectoryProjection(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @EventHandler
    void on(TenantRegisteredEvent event, @Timestamp Instant at) {
        directory.changed();
        jdbc.sql("""
                        insert into directory_tenant (tenant_id, name, organisation_number, kind, county, pupils, size_band, registered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.tenantId().value(), event.name(), event.organisationNumber(), event.kind().name(),
                        event.county(), event.pupils(), event.sizeBand().name(), java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(MemberAddedEvent event, @Timestamp Instant at) {
        directory.changed();
        insertPerson(event.memberId().value(), event.tenantId().value(), null, event.name(), event.email(),
                event.roles(), at);
    }

    @EventHandler
    void on(SchoolsSetEvent event) {
        directory.changed();
        jdbc.sql("delete from directory_tenant_school where tenant_id = ?").params(event.tenantId().value()).update();
        for (int i = 0; i < event.schools().size(); i++) {
            jdbc.sql("insert into directory_tenant_school (tenant_id, position, name) values (?, ?, ?)")
                    .params(event.tenantId().value(), i, event.schools().get(i)).update();
        }
    }

    @EventHandler
    void on(MemberRolesChangedEvent event) {
        directory.changed();
        jdbc.sql("update directory_person set roles = ? where person_id = ?")
                .params(DirectoryRoles.format(event.roles()), event.memberId().value())
                .update();
    }

    @EventHandler
    void on(MemberIdentityLinkedEvent event) {
        directory.changed();
        link(event.memberId().value(), event.subject());
    }

    @EventHandler
    void on(VendorOrganisationRegisteredEvent event, @Timestamp Instant at) {
        directory.changed();
        jdbc.sql("""
                        insert into directory_vendor_organisation (vendor_organisation_id, name, organisation_number, registered_at)
                        values (?, ?, ?, ?)""")
                .params(event.vendorOrganisationId().value(), event.name(), event.organisationNumber(), java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(VendorUserAddedEvent event, @Timestamp Instant at) {
        directory.changed();
        insertPerson(event.userId().value(), null, event.vendorOrganisationId().value(), event.name(), event.email(),
                Set.of(Role.VENDOR), at);
    }

    @EventHandler
    void on(VendorUserIdentityLinkedEvent event) {
        directory.changed();
        link(event.userId().value(), event.subject());
    }

    @EventHandler
    void on(PlatformRoleGrantedEvent event, @Timestamp Instant at) {
        directory.changed();
        insertPerson(event.personId().value(), null, null, event.name(), event.email(), Set.of(event.role()), at);
    }

    @EventHandler
    void on(StaffIdentityLinkedEvent event) {
        directory.changed();
        link(event.personId().value(), event.subject());
    }

    private void insertPerson(String personId, String tenantId, String vendorOrganisationId, String name, String email,
                              Set<Role> roles, Instant at) {
        jdbc.sql("""
                        insert into directory_person (person_id, tenant_id, vendor_organisation_id, name, email, roles, added_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, tenantId, vendorOrganisationId, name, email, DirectoryRoles.format(roles), java.sql.Timestamp.from(at))
                .update();
    }

    private void link(String personId, String subject) {
        jdbc.sql("update directory_person set subject = ? where person_id = ?").params(subject, personId).update();
    }
}
