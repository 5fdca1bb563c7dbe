package se.inkopsstod.procurement.tender;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.MemberView;
import se.inkopsstod.tenancy.api.TenantMembers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the opening of a procurement's tenders, and who may open them: the people who can enter
 * the procurement. Public for the opening record alone ({@link #record}).
 */
@Service
public class Openings {

    private final JdbcClient jdbc;
    private final TenantMembers members;

    Openings(JdbcClient jdbc, TenantMembers members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    /** Active members who can enter the procurement: its buyers and administrators, and its team. */
    List<OpeningView.Person> candidates(TenantId tenant, ProcurementId procurement) {
        return candidates(members.members(tenant), procurement);
    }

    private List<OpeningView.Person> candidates(List<MemberView> tenantMembers, ProcurementId procurement) {
        Set<String> team = Set.copyOf(jdbc.sql("select person_id from procurement_team where procurement_id = ?")
                .param(procurement.value()).query(String.class).list());
        return tenantMembers.stream()
                .filter(MemberView::active)
                .filter(m -> m.roles().contains(Role.BUYER) || m.roles().contains(Role.TENANT_ADMIN) || team.contains(m.id()))
                .map(m -> new OpeningView.Person(m.id(), m.name()))
                .sorted(Comparator.comparing(OpeningView.Person::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    boolean appointed(ProcurementId procurement) {
        return jdbc.sql("select count(*) from tender_opener where procurement_id = ?").param(procurement.value())
                .query(Long.class).single() > 0;
    }

    OpeningView view(TenantId tenant, ProcurementId procurement, Instant deadline, Instant now) {
        List<MemberView> tenantMembers = members.members(tenant);
        List<OpeningView.Person> candidates = candidates(tenantMembers, procurement);
        Map<String, String> names = tenantMembers.stream()
                .collect(Collectors.toMap(MemberView::id, MemberView::name, (a, b) -> a));
        List<OpeningView.Opener> openers = jdbc.sql("select person_id, confirmed_at from tender_opener where procurement_id = ?")
                .param(procurement.value())
                .query((rs, n) -> new OpeningView.Opener(rs.getString(1), names.getOrDefault(rs.getString(1), ""),
                        instant(rs.getTimestamp(2))))
                .list().stream().sorted(Comparator.comparing(OpeningView.Opener::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Instant openedAt = jdbc.sql("select opened_at from tender_opening where procurement_id = ?").param(procurement.value())
                .query((rs, n) -> instant(rs.getTimestamp(1))).optional().orElse(null);
        List<OpeningView.Line> record = openedAt == null ? List.of() : record(procurement);
        return new OpeningView(deadline, !now.isBefore(deadline), candidates, openers, openedAt, record);
    }

    /**
     * The opening record's lines (who tendered, when, at what price): written at the opening, so
     * empty while the tenders are sealed. Public for exports, which take from it only what they may.
     */
    public List<OpeningView.Line> record(ProcurementId procurement) {
        return jdbc.sql("""
                        select vendor_organisation_id, vendor_name, submitted_at, price_sek from tender_opening_line
                         where procurement_id = ? order by submitted_at""")
                .param(procurement.value())
                .query((rs, n) -> new OpeningView.Line(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getLong(4)))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
