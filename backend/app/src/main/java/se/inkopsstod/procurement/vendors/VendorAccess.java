package se.inkopsstod.procurement.vendors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.HistoryEntry;
import se.inkopsstod.procurement.model.Procedure;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.ForbiddenException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What vendors may see of procurements, and who is invited. A vendor reaches a procurement only
 * through its organisation's invitation; anything else is "not found", so that a vendor cannot
 * even learn that a procurement exists.
 */
@Service
public class VendorAccess {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Clock clock;

    VendorAccess(JdbcClient jdbc, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The vendors invited to a procurement the caller may already read, with their names. */
    public List<InvitedVendorView> invited(ProcurementId procurement) {
        return jdbc.sql("select vendor_organisation_id, invited_at from procurement_invitation where procurement_id = ?")
                .param(procurement.value())
                .query((rs, n) -> {
                    String id = rs.getString("vendor_organisation_id");
                    Optional<VendorOrganisationView> vendor = organisations.vendorOrganisation(id);
                    return new InvitedVendorView(id, vendor.map(VendorOrganisationView::name).orElse(""),
                            vendor.map(VendorOrganisationView::organisationNumber).orElse(""),
                            rs.getTimestamp("invited_at").toInstant());
                })
                .list().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** The caller's vendor organisation; only vendor users have one. */
    public static VendorOrganisationId vendorOf(CurrentUser user) {
        user.require(Role.VENDOR);
        if (user.vendorOrganisation() == null) {
            throw new ForbiddenException("Only users of a vendor organisation can do this.").withMessageKey("forbidden.vendor-only");
        }
        return VendorOrganisationId.of(user.vendorOrganisation().id());
    }

    public Optional<Publication> publication(ProcurementId procurement) {
        return jdbc.sql("select * from procurement_publication where procurement_id = ?").param(procurement.value())
                .query((rs, n) -> publication(rs)).optional();
    }

    /**
     * Requirements change only through amendments once the tender is published (they are what
     * vendors answer to).
     */
    public void requireNotPublished(ProcurementId procurement) {
        if (publication(procurement).isPresent()) {
            throw new ConflictException("requirement.frozen",
                    "The tender is published and its requirements are frozen: change them through an amendment.");
        }
    }

    /** The procurement's current requirements as they would be published, in number order: no needs, no authors. */
    public List<PublishedRequirement> publishable(ProcurementId procurement) {
        return jdbc.sql("""
                        select requirement_id, number, text, kind, weight, category, verification_method from requirement_view
                         where procurement_id = ? order by number""")
                .param(procurement.value())
                .query((rs, n) -> requirement(rs)).list();
    }

    public List<PublishedRequirement> published(ProcurementId procurement) {
        return jdbc.sql("""
                        select r.* from published_requirement r
                          join procurement_publication p on p.procurement_id = r.procurement_id
                                                        and p.requirement_set_version = r.set_version
                         where r.procurement_id = ? order by r.number, r.position""")
                .param(procurement.value())
                .query((rs, n) -> requirement(rs)).list();
    }

    /** Every amendment of the published requirement set, oldest first, with what changed. */
    public List<AmendmentView> amendments(ProcurementId procurement) {
        return jdbc.sql("select * from amendment where procurement_id = ? order by number")
                .param(procurement.value())
                .query((rs, n) -> amendment(procurement, rs))
                .list();
    }

    /** One amendment by its number (amendments are numbered 1, 2 … per procurement). */
    Optional<AmendmentView> amendment(ProcurementId procurement, int number) {
        return jdbc.sql("select * from amendment where procurement_id = ? and number = ?")
                .params(procurement.value(), number)
                .query((rs, n) -> amendment(procurement, rs))
                .optional();
    }

    private AmendmentView amendment(ProcurementId procurement, ResultSet rs) throws SQLException {
        return new AmendmentView(rs.getInt("number"), rs.getTimestamp("at").toInstant(), rs.getInt("set_version"),
                rs.getString("requirement_id"), rs.getBoolean("withdrawn"), changes(procurement, rs.getInt("number")),
                rs.getString("reason"), rs.getBoolean("close_to_deadline"));
    }

    private List<HistoryEntry.Change> changes(ProcurementId procurement, int number) {
        return jdbc.sql("select field, from_value, to_value from amendment_change where procurement_id = ? and number = ? order by position")
                .params(procurement.value(), number)
                .query((rs, n) -> new HistoryEntry.Change(rs.getString("field"), rs.getString("from_value"), rs.getString("to_value")))
                .list();
    }

    /** The procurements the vendor organisation is invited to, newest invitation first. */
    public List<VendorProcurementView> procurementsOf(VendorOrganisationId vendor) {
        return jdbc.sql("""
                        select v.*, i.invited_at from procurement_invitation i
                          join procurement_view v on v.procurement_id = i.procurement_id
                         where i.vendor_organisation_id = ? order by i.invited_at desc""")
                .param(vendor.value())
                .query((rs, n) -> vendorView(rs, false)).list();
    }

    /** The procurement as the invited vendor the gate let in sees it. */
    public VendorProcurementView procurementOf(se.inkopsstod.procurement.access.ProcurementAccess access) {
        return procurementOf(access.vendorOrganisationId(), access.procurementId().value());
    }

    /** One procurement as the invited vendor sees it, or 404 for anyone not invited. */
    private VendorProcurementView procurementOf(VendorOrganisationId vendor, String procurementId) {
        if (procurementId.length() > 64) {
            throw new NotFoundException("No such procurement.").withMessageKey("not-found.procurement");
        }
        return jdbc.sql("""
                        select v.*, i.invited_at from procurement_invitation i
                          join procurement_view v on v.procurement_id = i.procurement_id
                         where i.vendor_organisation_id = ? and i.procurement_id = ?""")
                .params(vendor.value(), procurementId)
                .query((rs, n) -> vendorView(rs, true)).optional()
                .orElseThrow(() -> new NotFoundException("No such procurement.").withMessageKey("not-found.procurement"));
    }

    /** With {@code full}, the published requirement set and its amendments too (a list shows neither). */
    private VendorProcurementView vendorView(ResultSet rs, boolean full) throws SQLException {
        ProcurementId id = ProcurementId.of(rs.getString("procurement_id"));
        Publication publication = publication(id).orElse(null);
        return new VendorProcurementView(id.value(), rs.getString("title"), rs.getString("description"),
                organisations.tenantName(rs.getString("tenant_id")).orElse(""), rs.getString("category"),
                Procedure.valueOf(rs.getString("procedure")), rs.getTimestamp("invited_at").toInstant(), publication,
                publication == null || !full ? List.of() : published(id),
                publication == null || !full ? List.of() : amendments(id), clock.instant());
    }

    private static Publication publication(ResultSet rs) throws SQLException {
        boolean accelerated = rs.getBoolean("accelerated");
        Instant deadline = rs.getTimestamp("tender_deadline").toInstant();
        return new Publication(rs.getTimestamp("published_at").toInstant(), deadline,
                rs.getObject("last_question_day", LocalDate.class),
                Publication.answersDueBy(deadline, accelerated),
                EvaluationModel.valueOf(rs.getString("evaluation_model")), accelerated, rs.getInt("requirement_set_version"),
                (Long) rs.getObject("quality_value_sek"));
    }

    private static PublishedRequirement requirement(ResultSet rs) throws SQLException {
        return new PublishedRequirement(rs.getString("requirement_id"), rs.getInt("number"), rs.getString("text"),
                RequirementKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("weight"),
                RequirementCategory.valueOf(rs.getString("category")), rs.getString("verification_method"));
    }
}
