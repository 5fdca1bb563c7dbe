package se.inkopsstod.procurement.library;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.model.TemplateView;
import se.inkopsstod.shared.NotFoundException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Searches the shared requirement library. Blocking JDBC. */
@Repository
public class Library {

    private static final String SELECT = """
            select t.*, u.procurements as usage_procurements, u.tenants as usage_tenants
              from library_template t
              left join (select r.template_id, count(distinct r.procurement_id) as procurements,
                                count(distinct r.tenant_id) as tenants
                           from requirement_view r
                           join evaluation_award a on a.procurement_id = r.procurement_id
                          where r.template_id is not null
                          group by r.template_id) u on u.template_id = t.template_id
            """;

    private static final RowMapper<TemplateView> TEMPLATE = (rs, n) -> new TemplateView(rs.getString("template_id"),
            rs.getString("key"), rs.getInt("revision"), rs.getString("title_sv"), rs.getString("title_en"),
            rs.getString("text"), RequirementKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("default_weight"),
            RequirementCategory.valueOf(rs.getString("category")), rs.getString("verification_method"),
            split(rs.getString("school_processes")), split(rs.getString("references_cited")), rs.getBoolean("retired"),
            usage(rs.getInt("usage_procurements"), rs.getInt("usage_tenants")));

    /** The same floor and rounding as the shared insights' counts. */
    private static final int MIN_TENANTS = 5;
    private static final int COUNT_BASE = 5;

    private final JdbcClient jdbc;

    Library(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Templates matching all given filters (null = any). {@code text} matches title, text and
     * cited references, case-insensitively. Retired templates only when asked for.
     */
    public List<TemplateView> search(String text, RequirementCategory category, RequirementKind kind, String schoolProcess,
                                     boolean includeRetired) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return jdbc.sql(SELECT + """
                         where (:includeRetired or not t.retired)
                           and (cast(:category as varchar) is null or t.category = :category)
                           and (cast(:kind as varchar) is null or t.kind = :kind)
                           and (cast(:process as varchar) is null or position(:process in t.school_processes) > 0)
                           and (cast(:like as varchar) is null or lower(t.title_sv || ' ' || coalesce(t.title_en, '') || ' '
                                || t.text || ' ' || t.references_cited) like :like)
                         order by t.category, t.title_sv""")
                .param("includeRetired", includeRetired)
                .param("category", category == null ? null : category.name())
                .param("kind", kind == null ? null : kind.name())
                .param("process", schoolProcess)
                .param("like", like)
                .query(TEMPLATE).list();
    }

    public TemplateView template(String templateId) {
        if (templateId.length() > 64) {
            throw new NotFoundException("No such template.").withMessageKey("not-found.template");
        }
        return jdbc.sql(SELECT + " where t.template_id = ?").param(templateId).query(TEMPLATE).optional()
                .orElseThrow(() -> new NotFoundException("No such template.").withMessageKey("not-found.template"));
    }

    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from library_template)").query(Boolean.class).single();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(LibraryProjection.LIST_SEPARATOR));
    }

    /** Only awarded procurements count, only behind at least 5 huvudmän, rounded down to a multiple of 5. */
    static Integer usage(int procurements, int tenants) {
        return tenants < MIN_TENANTS ? null : procurements / COUNT_BASE * COUNT_BASE;
    }
}
