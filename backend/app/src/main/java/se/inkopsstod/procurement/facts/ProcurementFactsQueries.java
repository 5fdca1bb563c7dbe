package se.inkopsstod.procurement.facts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.access.ProcurementGate;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.ProcurementFacts;
import se.inkopsstod.procurement.api.ProcurementFactsView;
import se.inkopsstod.procurement.api.ProcurementLine;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a procurement's facts from the workspace's read models (withdrawn requirements excluded). */
@Component
class ProcurementFactsQueries implements ProcurementFacts {

    private final JdbcTemplate jdbc;
    private final ProcurementGate gate;

    ProcurementFactsQueries(JdbcTemplate jdbc, ProcurementGate gate) {
        this.jdbc = jdbc;
        this.gate = gate;
    }

    @Override
    public List<ProcurementLine> enterableBy(CurrentUser user) {
        return gate.enterable(user);
    }

    @Override
    public Optional<ProcurementFactsView> of(TenantId tenant, ProcurementId procurement) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select title, category, phase from procurement_view where procurement_id = ? and tenant_id = ?""",
                procurement.value(), tenant.value());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        String id = procurement.value();
        List<Requirement> requirements = jdbc.query("""
                select r.requirement_id, r.text, r.category, t.key as template_key from requirement_view r
                left join library_template t on t.template_id = r.template_id
                where r.procurement_id = ? and not exists (
                    select 1 from amendment a where a.procurement_id = r.procurement_id
                    and a.requirement_id = r.requirement_id and a.withdrawn)
                order by r.created_at""",
                (rs, n) -> new Requirement(rs.getString("requirement_id"), rs.getString("text"),
                        RequirementCategory.valueOf(rs.getString("category")), rs.getString("template_key")), id);
        Map<RequirementCategory, Integer> byCategory = new EnumMap<>(RequirementCategory.class);
        requirements.forEach(r -> byCategory.merge(r.category(), 1, Integer::sum));
        int citing = (int) requirements.stream().filter(r -> InteroperabilityStandards.cites(r.text())).count();
        List<String> templateKeys = requirements.stream().map(Requirement::templateKey)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        Integer questions = jdbc.queryForObject(
                "select count(*) from question_view where procurement_id = ? and kind = 'QUESTION'", Integer.class, id);
        Instant firstNeed = instant(jdbc.queryForObject("select min(proposed_at) from need_view where procurement_id = ?",
                Timestamp.class, id));
        Instant awarded = instant(jdbc.query("select decided_at from evaluation_award where procurement_id = ?",
                (rs, n) -> rs.getTimestamp(1), id).stream().findFirst().orElse(null));
        return Optional.of(new ProcurementFactsView(id, tenant.value(), (String) row.get("title"), (String) row.get("category"),
                Phase.valueOf((String) row.get("phase")), firstNeed, awarded, requirements.size(), Map.copyOf(byCategory),
                citing, questions == null ? 0 : questions, templateKeys, needs(id, requirements)));
    }

    private List<ProcurementFactsView.Need> needs(String procurement, List<Requirement> requirements) {
        Map<String, String> texts = new LinkedHashMap<>();
        requirements.forEach(r -> texts.put(r.id(), r.text()));
        Map<String, List<String>> serving = new LinkedHashMap<>();
        jdbc.query("select rn.requirement_id, rn.need_id from requirement_need rn join requirement_view r "
                        + "on r.requirement_id = rn.requirement_id where r.procurement_id = ?",
                rs -> {
                    String text = texts.get(rs.getString(1));
                    if (text != null) {
                        serving.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(text);
                    }
                }, procurement);
        return jdbc.query("""
                select need_id, statement, benefit_indicator, benefit_baseline, benefit_target, benefit_unit
                from need_view where procurement_id = ? and status = 'ACCEPTED' order by proposed_at""",
                (rs, n) -> new ProcurementFactsView.Need(rs.getString("need_id"), rs.getString("statement"),
                        rs.getString("benefit_indicator"), rs.getBigDecimal("benefit_baseline"),
                        rs.getBigDecimal("benefit_target"), rs.getString("benefit_unit"),
                        List.copyOf(serving.getOrDefault(rs.getString("need_id"), List.of()))), procurement);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Requirement(String id, String text, RequirementCategory category, String templateKey) {
    }
}
