package se.inkopsstod.procurement.workspace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.Procedure;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.MemberView;
import se.inkopsstod.tenancy.api.TenantMembers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the workspace: the procurements a member may see, the procurement the gate let someone
 * into, and who is who in the tenant. Blocking JDBC.
 */
@Repository
public class Workspace {

    private final JdbcClient jdbc;
    private final TenantMembers members;

    Workspace(JdbcClient jdbc, TenantMembers members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    /** The procurement the gate let the person into. */
    public ProcurementView view(ProcurementAccess access) {
        return find(access.requireMember().tenantId(), access.procurementId().value())
                .orElseThrow(() -> new NotFoundException("No such procurement.").withMessageKey("not-found.procurement"));
    }

    public List<ProcurementSummary> list(CurrentUser user) {
        TenantId tenant = user.tenantId();
        boolean all = user.has(Role.BUYER) || user.has(Role.TENANT_ADMIN);
        return jdbc.sql("""
                        select p.*, (select count(*) from procurement_team t where t.procurement_id = p.procurement_id) as team_size,
                               (select count(*) from need_view n where n.procurement_id = p.procurement_id) as need_count
                          from procurement_view p
                         where p.tenant_id = :tenant
                           and (:all or exists (select 1 from procurement_team t
                                                 where t.procurement_id = p.procurement_id and t.person_id = :person))
                         order by p.updated_at desc""")
                .param("tenant", tenant.value()).param("all", all).param("person", user.requireId().value())
                .query((rs, n) -> new ProcurementSummary(rs.getString("procurement_id"), rs.getLong("version"),
                        rs.getString("title"), rs.getString("category"), Procedure.valueOf(rs.getString("procedure")),
                        Phase.valueOf(rs.getString("phase")), rs.getLong("estimated_value_sek"), rs.getInt("team_size"),
                        rs.getInt("need_count"), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    private Optional<ProcurementView> find(TenantId tenant, String procurementId) {
        if (procurementId.length() > 64) {
            return Optional.empty();
        }
        Map<String, String> names = names(tenant);
        List<ProcurementView.TeamMember> team = jdbc.sql("select person_id from procurement_team where procurement_id = ?")
                .param(procurementId).query(String.class).list().stream()
                .map(id -> new ProcurementView.TeamMember(id, names.getOrDefault(id, "")))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
        return jdbc.sql("select * from procurement_view where procurement_id = ? and tenant_id = ?")
                .params(procurementId, tenant.value())
                .query((rs, n) -> {
                    Phase phase = Phase.valueOf(rs.getString("phase"));
                    return new ProcurementView(rs.getString("procurement_id"), rs.getLong("version"), rs.getString("title"),
                            rs.getString("description"), rs.getString("category"), Procedure.valueOf(rs.getString("procedure")),
                            phase, rs.getLong("estimated_value_sek"), rs.getObject("planned_tender_date", java.time.LocalDate.class),
                            rs.getObject("planned_award_date", java.time.LocalDate.class), team, phase.next(),
                            rs.getTimestamp("updated_at").toInstant());
                })
                .optional();
    }

    /** Names of the tenant's members by id, to show next to what they did. */
    public Map<String, String> names(TenantId tenant) {
        return members.members(tenant).stream().collect(Collectors.toMap(MemberView::id, MemberView::name, (a, b) -> a));
    }

    public Map<String, MemberView> memberIndex(TenantId tenant) {
        return members.members(tenant).stream().collect(Collectors.toMap(MemberView::id, Function.identity()));
    }
}
