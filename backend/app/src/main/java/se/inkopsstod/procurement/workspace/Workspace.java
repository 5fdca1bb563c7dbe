package se.inkopsstod.procurement.workspace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.inkopsstod.procurement.api.Benefit;
import se.inkopsstod.procurement.api.NeedStatus;
import se.inkopsstod.procurement.api.NeedView;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.Priority;
import se.inkopsstod.procurement.api.Procedure;
import se.inkopsstod.procurement.api.ProcurementSummary;
import se.inkopsstod.procurement.api.ProcurementView;
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
 * Reads the workspace: the procurements a member may see, and a procurement and its needs for
 * whom the gate let in. Blocking JDBC.
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
                .orElseThrow(() -> new NotFoundException("No such procurement."));
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

    public List<NeedView> needs(ProcurementAccess access) {
        return needQuery(access.requireMember().user(), "n.procurement_id = ?", access.procurementId().value());
    }

    /** A need of this procurement, or 404. */
    public NeedView need(ProcurementAccess access, String needId) {
        if (needId.length() > 64) {
            throw new NotFoundException("No such need.");
        }
        return needQuery(access.requireMember().user(), "n.procurement_id = ? and n.need_id = ?", access.procurementId().value(), needId).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("No such need."));
    }

    private List<NeedView> needQuery(CurrentUser user, String where, Object... params) {
        Map<String, String> names = names(user.tenantId());
        String me = user.id() == null ? "" : user.id().value();
        return jdbc.sql("""
                        select n.*, (select count(*) from need_endorsement e where e.need_id = n.need_id) as endorsements,
                               exists (select 1 from need_endorsement e where e.need_id = n.need_id and e.person_id = ?) as mine
                          from need_view n where n.tenant_id = ?""" + " and " + where + " order by n.proposed_at")
                .params(concat(me, user.tenantId().value(), params))
                .query((rs, n) -> new NeedView(rs.getString("need_id"), rs.getLong("version"), rs.getString("procurement_id"),
                        rs.getString("statement"), rs.getString("perspective"), rs.getString("school_process"),
                        Priority.valueOf(rs.getString("priority")), rs.getString("steering_document"),
                        new Benefit(rs.getString("benefit_description"), rs.getString("benefit_indicator"),
                                rs.getBigDecimal("benefit_baseline"), rs.getBigDecimal("benefit_target"), rs.getString("benefit_unit")),
                        NeedStatus.valueOf(rs.getString("status")), rs.getString("rejection_reason"), rs.getString("merged_into"),
                        rs.getInt("endorsements"), rs.getBoolean("mine"),
                        new NeedView.Person(rs.getString("proposed_by"), names.getOrDefault(rs.getString("proposed_by"), "")),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** Names of the tenant's members by id, to show next to what they did. */
    public Map<String, String> names(TenantId tenant) {
        return members.members(tenant).stream().collect(Collectors.toMap(MemberView::id, MemberView::name, (a, b) -> a));
    }

    public Map<String, MemberView> memberIndex(TenantId tenant) {
        return members.members(tenant).stream().collect(Collectors.toMap(MemberView::id, Function.identity()));
    }

    private static Object[] concat(Object first, Object second, Object... rest) {
        Object[] all = new Object[rest.length + 2];
        all[0] = first;
        all[1] = second;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
