package se.inkopsstod.tenancy.directory;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.Contact;
import se.inkopsstod.tenancy.api.Contacts;
import se.inkopsstod.tenancy.api.MemberView;
import se.inkopsstod.tenancy.api.SizeBand;
import se.inkopsstod.tenancy.api.TenantKind;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.TenantMembers;
import se.inkopsstod.tenancy.api.TenantView;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.util.List;
import java.util.Locale;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import se.inkopsstod.platform.cache.ShortLivedCache;
import java.util.Optional;

/** Reads the directory tables. Blocking JDBC: call from {@code Blocking}. */
@Repository
public class Directory implements TenantMembers, Organisations, Contacts {

    private static final String PERSON_SELECT = """
            select p.person_id, p.tenant_id, t.name as tenant_name, p.vendor_organisation_id,
                   v.name as vendor_name, p.name, p.email, p.roles, p.subject
              from directory_person p
              left join directory_tenant t on t.tenant_id = p.tenant_id
              left join directory_vendor_organisation v on v.vendor_organisation_id = p.vendor_organisation_id
            """;

    private static final RowMapper<DirectoryPerson> PERSON = (rs, n) -> new DirectoryPerson(
            rs.getString("person_id"), rs.getString("tenant_id"), rs.getString("tenant_name"),
            rs.getString("vendor_organisation_id"), rs.getString("vendor_name"), rs.getString("name"),
            rs.getString("email"), DirectoryRoles.parse(rs.getString("roles")), rs.getString("subject"));

    private static final RowMapper<MemberView> MEMBER = (rs, n) -> new MemberView(rs.getString("person_id"),
            rs.getString("name"), rs.getString("email"), DirectoryRoles.parse(rs.getString("roles")),
            rs.getString("subject") != null);

    private final JdbcClient jdbc;

    /** Who is behind a login, read on every request: kept a few seconds (an empty answer is not kept). */
    private final ShortLivedCache<String, DirectoryPerson> bySubject;
    /** A tenant's members, for the names beside what they did. */
    private final ShortLivedCache<TenantId, List<MemberView>> members;

    Directory(JdbcClient jdbc, @Value("${inkopsstod.access-cache.ttl:5s}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.bySubject = new ShortLivedCache<>(cacheTtl, 100_000);
        this.members = new ShortLivedCache<>(cacheTtl, 10_000);
    }

    /** Called by the projection whenever a directory table changes: what this instance caches goes. */
    void changed() {
        bySubject.clearNowAndAfterCommit();
        members.clearNowAndAfterCommit();
    }

    public Optional<DirectoryPerson> bySubject(String subject) {
        return Optional.ofNullable(bySubject.get(subject,
                () -> jdbc.sql(PERSON_SELECT + " where p.subject = ?").param(subject).query(PERSON).optional().orElse(null)));
    }

    public Optional<DirectoryPerson> byEmail(String email) {
        return jdbc.sql(PERSON_SELECT + " where lower(p.email) = ?").param(normalise(email)).query(PERSON).optional();
    }

    public boolean emailInUse(String email) {
        return byEmail(email).isPresent();
    }

    @Override
    public List<MemberView> members(TenantId tenantId) {
        return members.get(tenantId, () -> jdbc.sql("select * from directory_person where tenant_id = ? order by lower(name)")
                .param(tenantId.value()).query(MEMBER).list());
    }

    @Override
    public java.util.Map<String, se.inkopsstod.tenancy.api.PersonStanding> standings(java.util.Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select person_id, tenant_id, vendor_organisation_id, roles from directory_person where person_id = any(?)")
                .param(personIds.toArray(String[]::new))
                .query((rs, n) -> new se.inkopsstod.tenancy.api.PersonStanding(rs.getString("person_id"), rs.getString("tenant_id"),
                        rs.getString("vendor_organisation_id"), DirectoryRoles.parse(rs.getString("roles"))))
                .list().stream().collect(java.util.stream.Collectors.toMap(se.inkopsstod.tenancy.api.PersonStanding::personId,
                        s -> s));
    }

    private static final RowMapper<Contact> CONTACT = (rs, n) -> new Contact(
            rs.getString("person_id"), rs.getString("name"), rs.getString("email"), rs.getString("tenant_id"),
            rs.getString("vendor_organisation_id"));

    @Override
    public java.util.Map<String, Contact> contacts(java.util.Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select person_id, name, email, tenant_id, vendor_organisation_id from directory_person where person_id = any(?)")
                .param(personIds.toArray(String[]::new)).query(CONTACT).list().stream()
                .collect(java.util.stream.Collectors.toMap(Contact::personId, c -> c));
    }

    @Override
    public List<Contact> vendorUsers(java.util.Collection<String> vendorOrganisationIds) {
        if (vendorOrganisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select person_id, name, email, tenant_id, vendor_organisation_id from directory_person
                         where vendor_organisation_id = any(?) order by person_id""")
                .param(vendorOrganisationIds.toArray(String[]::new)).query(CONTACT).list();
    }

    /** A member of this tenant only: another tenant's member is simply not found. */
    public Optional<MemberView> member(TenantId tenantId, PersonId memberId) {
        return jdbc.sql("select * from directory_person where tenant_id = ? and person_id = ?")
                .params(tenantId.value(), memberId.value()).query(MEMBER).optional();
    }

    @Override
    public List<TenantView> tenants() {
        return jdbc.sql("""
                        select t.*, (select count(*) from directory_person p where p.tenant_id = t.tenant_id) as member_count
                          from directory_tenant t order by t.name""")
                .query((rs, n) -> new TenantView(rs.getString("tenant_id"), rs.getString("name"),
                        rs.getString("organisation_number"), TenantKind.valueOf(rs.getString("kind")),
                        rs.getString("county"), rs.getInt("pupils"), SizeBand.valueOf(rs.getString("size_band")),
                        rs.getInt("member_count")))
                .list();
    }

    @Override
    public Optional<TenantView> tenant(String tenantId) {
        return tenants().stream().filter(t -> t.id().equals(tenantId)).findFirst();
    }

    @Override
    public List<VendorOrganisationView> vendorOrganisations() {
        return jdbc.sql("""
                        select v.*, (select count(*) from directory_person p
                                      where p.vendor_organisation_id = v.vendor_organisation_id) as user_count
                          from directory_vendor_organisation v order by v.name""")
                .query((rs, n) -> new VendorOrganisationView(rs.getString("vendor_organisation_id"),
                        rs.getString("name"), rs.getString("organisation_number"), rs.getInt("user_count")))
                .list();
    }

    @Override
    public Optional<VendorOrganisationView> vendorOrganisation(String vendorOrganisationId) {
        return vendorOrganisations().stream().filter(v -> v.id().equals(vendorOrganisationId)).findFirst();
    }

    @Override
    public Optional<VendorOrganisationView> vendorOrganisationByNumber(String organisationNumber) {
        return vendorOrganisations().stream().filter(v -> v.organisationNumber().equals(organisationNumber)).findFirst();
    }

    @Override
    public List<String> schools(String tenantId) {
        return jdbc.sql("select name from directory_tenant_school where tenant_id = ? order by position")
                .params(tenantId).query(String.class).list();
    }

    @Override
    public Optional<String> tenantName(String tenantId) {
        return jdbc.sql("select name from directory_tenant where tenant_id = ?").param(tenantId).query(String.class).optional();
    }

    @Override
    public List<String> vendorPeopleNames() {
        return jdbc.sql("select distinct name from directory_person where vendor_organisation_id is not null and name <> ''")
                .query(String.class).list();
    }

    public boolean organisationNumberInUse(String organisationNumber) {
        return jdbc.sql("""
                        select (select count(*) from directory_tenant where organisation_number = :n)
                             + (select count(*) from directory_vendor_organisation where organisation_number = :n)""")
                .param("n", organisationNumber).query(Integer.class).single() > 0;
    }

    /** A new organisation needs an unused organisation number and a first person with an unused e-mail. */
    public void requireUnregistered(String organisationNumber, String email) {
        if (organisationNumberInUse(organisationNumber)) {
            throw new ConflictException("organisation.number-taken", "That organisation number is already registered.");
        }
        if (emailInUse(email)) {
            throw new ConflictException("member.email-taken", "That e-mail address is already in use.").withMessageKey("member.email-taken");
        }
    }

    public boolean anyTenant() {
        return jdbc.sql("select exists (select 1 from directory_tenant)").query(Boolean.class).single();
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
