package se.inkopsstod.procurement.requirement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a procurement's requirements in number order, with each evaluated weight's share of the total. Blocking JDBC. */
@Repository
class Requirements {

    private final JdbcClient jdbc;

    Requirements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RequirementView> of(ProcurementAccess access, Map<String, String> names) {
        TenantId tenant = access.requireMember().tenantId();
        ProcurementId procurement = access.procurementId();
        Map<String, List<String>> needs = new HashMap<>();
        jdbc.sql("""
                        select rn.requirement_id, rn.need_id from requirement_need rn
                          join requirement_view r on r.requirement_id = rn.requirement_id
                         where r.procurement_id = ? order by rn.need_id""")
                .param(procurement.value())
                .query(rs -> {
                    needs.computeIfAbsent(rs.getString("requirement_id"), k -> new ArrayList<>()).add(rs.getString("need_id"));
                });
        long totalWeight = jdbc.sql("select coalesce(sum(weight), 0) from requirement_view where procurement_id = ? and kind = 'EVALUATED'")
                .param(procurement.value()).query(Long.class).single();
        return jdbc.sql("""
                        select r.*, t.title_sv as template_title from requirement_view r
                          left join library_template t on t.template_id = r.template_id
                         where r.tenant_id = ? and r.procurement_id = ? order by r.number""")
                .params(tenant.value(), procurement.value())
                .query((rs, n) -> {
                    Integer weight = (Integer) rs.getObject("weight");
                    String templateId = rs.getString("template_id");
                    return new RequirementView(rs.getString("requirement_id"), rs.getInt("number"), rs.getLong("version"),
                            rs.getString("procurement_id"), rs.getString("text"), RequirementKind.valueOf(rs.getString("kind")),
                            weight, share(weight, totalWeight), RequirementCategory.valueOf(rs.getString("category")),
                            rs.getString("verification_method"), needs.getOrDefault(rs.getString("requirement_id"), List.of()),
                            templateId == null ? null : new RequirementView.Template(templateId, rs.getInt("template_revision"),
                                    rs.getString("template_title")),
                            new RequirementView.Person(rs.getString("created_by"), names.getOrDefault(rs.getString("created_by"), "")),
                            rs.getTimestamp("updated_at").toInstant());
                })
                .list();
    }

    RequirementView one(ProcurementAccess access, String requirementId, Map<String, String> names) {
        return of(access, names).stream().filter(r -> r.id().equals(requirementId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No such requirement.").withMessageKey("not-found.requirement"));
    }

    private static BigDecimal share(Integer weight, long total) {
        if (weight == null || total == 0) {
            return null;
        }
        return BigDecimal.valueOf(weight * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
