package se.inkopsstod.procurement.need;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.Benefit;
import se.inkopsstod.procurement.model.NeedStatus;
import se.inkopsstod.procurement.model.NeedView;
import se.inkopsstod.procurement.model.Priority;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.NotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the needs of the procurement the gate let the person into, with their endorsements and
 * whether the reader endorsed them. Public because requirements trace to needs. Blocking JDBC.
 */
@Repository
public class NeedQueries {

    private final JdbcClient jdbc;
    private final Workspace workspace;

    NeedQueries(JdbcClient jdbc, Workspace workspace) {
        this.jdbc = jdbc;
        this.workspace = workspace;
    }

    public List<NeedView> needs(ProcurementAccess access) {
        return query(access.requireMember().user(), "n.procurement_id = ?", access.procurementId().value());
    }

    /** A need of this procurement, or 404. */
    public NeedView need(ProcurementAccess access, String needId) {
        return find(access, needId).orElseThrow(() -> new NotFoundException("No such need.").withMessageKey("not-found.need"));
    }

    /** A need of this procurement, if there is one by that id. */
    public Optional<NeedView> find(ProcurementAccess access, String needId) {
        if (needId.length() > 64) {
            return Optional.empty();
        }
        return query(access.requireMember().user(), "n.procurement_id = ? and n.need_id = ?",
                access.procurementId().value(), needId).stream().findFirst();
    }

    private List<NeedView> query(CurrentUser user, String where, String... params) {
        Map<String, String> names = workspace.names(user.tenantId());
        String me = user.id() == null ? "" : user.id().value();
        List<Object> all = new ArrayList<>(List.of(me, user.tenantId().value()));
        all.addAll(List.of(params));
        return jdbc.sql("""
                        select n.*, (select count(*) from need_endorsement e where e.need_id = n.need_id) as endorsements,
                               exists (select 1 from need_endorsement e where e.need_id = n.need_id and e.person_id = ?) as mine
                          from need_view n where n.tenant_id = ?""" + " and " + where + " order by n.proposed_at")
                .params(all)
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
}
