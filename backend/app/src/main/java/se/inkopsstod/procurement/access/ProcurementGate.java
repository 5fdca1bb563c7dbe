package se.inkopsstod.procurement.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.ProcurementLine;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.ForbiddenException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.PersonStanding;
import se.inkopsstod.tenancy.api.TenantMembers;

import org.springframework.beans.factory.annotation.Value;
import se.inkopsstod.platform.cache.ShortLivedCache;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides who may enter a procurement, the one place that does. A member of the owning tenant
 * enters if they are a buyer or administrator there, or on the procurement's team; a vendor user
 * enters if their organisation is invited. Everyone else (another tenant, a teacher off the team,
 * an uninvited vendor, staff) meets "not found", whether the procurement exists or not.
 * Blocking JDBC: call it off the event loop.
 */
@Component
public class ProcurementGate {


    private final JdbcClient jdbc;
    private final TenantMembers members;
    /**
     * Who was let in, kept a few seconds: an edit does not ask again. Only entries are kept, never
     * refusals (a procurement just created is entered at once); a change of team or invitation on
     * this instance empties it, one on another instance applies within the cache's time to live.
     */
    private final ShortLivedCache<List<String>, ProcurementAccess> entered;

    ProcurementGate(JdbcClient jdbc, TenantMembers members, @Value("${inkopsstod.access-cache.ttl:5s}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.members = members;
        this.entered = new ShortLivedCache<>(cacheTtl, 100_000);
    }

    /** Called by the projections of teams and invitations when they change. */
    public void changed() {
        entered.clearNowAndAfterCommit();
    }

    /** As a member of the owning tenant, in one statement; 404 for anyone who may not see it. */
    public ProcurementAccess member(CurrentUser user, String procurementId) {
        if (procurementId == null || procurementId.length() > 64) {
            throw notFound();
        }
        TenantId tenant = user.tenantId(); // staff and vendors have none: 403
        List<String> key = List.of("member", procurementId, tenant.value(), user.id() == null ? "" : user.id().value(),
                String.valueOf(seesAll(user.roles())));
        ProcurementAccess entry = entered.get(key, () -> readMember(user, tenant, procurementId));
        if (entry == null) {
            throw notFound();
        }
        return entry.user().equals(user) ? entry : entry.as(user);
    }

    private ProcurementAccess readMember(CurrentUser user, TenantId tenant, String procurementId) {
        return jdbc.sql("""
                        select p.procurement_id from procurement_view p
                         where p.procurement_id = :procurement and p.tenant_id = :tenant
                           and (:all or exists (select 1 from procurement_team t
                                                 where t.procurement_id = p.procurement_id and t.person_id = :person))""")
                .param("procurement", procurementId).param("tenant", tenant.value()).param("all", seesAll(user.roles()))
                .param("person", user.id() == null ? "" : user.id().value())
                .query(String.class).optional()
                .map(id -> new ProcurementAccess(ProcurementId.of(id), tenant, user, ProcurementAccess.Standing.MEMBER, null))
                .orElse(null);
    }

    /** The procurements {@link #member} would let this person into, most recently changed first; 403 without a tenant. */
    public List<ProcurementLine> enterable(CurrentUser user) {
        TenantId tenant = user.tenantId();
        return jdbc.sql("""
                        select p.procurement_id, p.title, p.phase from procurement_view p
                         where p.tenant_id = :tenant
                           and (:all or exists (select 1 from procurement_team t
                                                 where t.procurement_id = p.procurement_id and t.person_id = :person))
                         order by p.updated_at desc""")
                .param("tenant", tenant.value()).param("all", seesAll(user.roles()))
                .param("person", user.id() == null ? "" : user.id().value())
                .query((rs, n) -> new ProcurementLine(rs.getString("procurement_id"), rs.getString("title"),
                        Phase.valueOf(rs.getString("phase"))))
                .list();
    }

    /** As a user of an invited vendor organisation; 404 for any other vendor. */
    public ProcurementAccess vendor(CurrentUser user, String procurementId) {
        user.require(Role.VENDOR);
        if (user.vendorOrganisation() == null) {
            throw new ForbiddenException("Only users of a vendor organisation can do this.").withMessageKey("forbidden.vendor-only");
        }
        if (procurementId == null || procurementId.length() > 64) {
            throw notFound();
        }
        VendorOrganisationId vendor = VendorOrganisationId.of(user.vendorOrganisation().id());
        ProcurementAccess entry = entered.get(List.of("vendor", procurementId, vendor.value()),
                () -> readVendor(user, vendor, procurementId));
        if (entry == null) {
            throw notFound();
        }
        return entry.user().equals(user) ? entry : entry.as(user);
    }

    private ProcurementAccess readVendor(CurrentUser user, VendorOrganisationId vendor, String procurementId) {
        return jdbc.sql("""
                        select i.tenant_id from procurement_invitation i
                         where i.procurement_id = :procurement and i.vendor_organisation_id = :vendor""")
                .param("procurement", procurementId).param("vendor", vendor.value())
                .query(String.class).optional()
                .map(tenant -> new ProcurementAccess(ProcurementId.of(procurementId), TenantId.of(tenant), user,
                        ProcurementAccess.Standing.VENDOR, vendor))
                .orElse(null);
    }

    /**
     * Which of these accesses no longer hold: the person left the tenant or the vendor organisation,
     * lost the role, was taken off the team, or the vendor's invitation was withdrawn. Two reads
     * for all of them, so that every open live stream can be checked every few seconds.
     */
    public Set<ProcurementAccess> revoked(Collection<ProcurementAccess> accesses) {
        if (accesses.isEmpty()) {
            return Set.of();
        }
        Map<String, PersonStanding> standings = members.standings(accesses.stream()
                .map(a -> a.user().id() == null ? "" : a.user().id().value()).collect(Collectors.toSet()));
        String[] procurements = accesses.stream().map(a -> a.procurementId().value()).distinct().toArray(String[]::new);
        Set<String> entries = new HashSet<>(jdbc.sql("""
                        select 'team:' || procurement_id || ':' || person_id from procurement_team where procurement_id = any(:ids)
                        union all
                        select 'vendor:' || procurement_id || ':' || vendor_organisation_id from procurement_invitation
                         where procurement_id = any(:ids)
                        union all
                        select 'exists:' || procurement_id || ':' || tenant_id from procurement_view where procurement_id = any(:ids)""")
                .param("ids", procurements).query(String.class).list());
        Set<ProcurementAccess> revoked = new HashSet<>();
        for (ProcurementAccess access : accesses) {
            PersonStanding now = access.user().id() == null ? null : standings.get(access.user().id().value());
            if (now == null || !holds(access, now, entries)) {
                revoked.add(access);
            }
        }
        return revoked;
    }

    private static boolean holds(ProcurementAccess access, PersonStanding now, Set<String> entries) {
        String procurement = access.procurementId().value();
        if (!entries.contains("exists:" + procurement + ":" + access.tenantId().value())) {
            return false;
        }
        if (access.isVendor()) {
            String vendor = access.vendorOrganisationId().value();
            return now.roles().contains(Role.VENDOR) && vendor.equals(now.vendorOrganisationId())
                    && entries.contains("vendor:" + procurement + ":" + vendor);
        }
        return access.tenantId().value().equals(now.tenantId())
                && (seesAll(now.roles()) || entries.contains("team:" + procurement + ":" + now.personId()));
    }

    /** A tenant's buyers and administrators see every procurement of the tenant; others only their team's. */
    private static boolean seesAll(Set<Role> roles) {
        return roles.contains(Role.BUYER) || roles.contains(Role.TENANT_ADMIN);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such procurement.").withMessageKey("not-found.procurement");
    }

}
