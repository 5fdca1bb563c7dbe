package se.inkopsstod.procurement.tender;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads tenders and is the only place that opens their sealed content: a vendor's own tender for
 * that vendor (the gate has said who it is), and the submitted tenders of a procurement for the
 * buyer's team once they are opened ({@link TenderOpening}), never before; and, for the opening
 * record only, the submitted tenders at the opening itself.
 */
@Service
public class Tenders {

    private static final String WITH_OPENING = """
            select v.*, o.opened_at as tenders_opened_at from tender_view v
              left join tender_opening o on o.procurement_id = v.procurement_id""";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final TenderVault vault;
    private final Clock clock;

    Tenders(JdbcClient jdbc, Organisations organisations, TenderVault vault, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.vault = vault;
        this.clock = clock;
    }

    /** One tender per vendor and procurement: its id follows from the two. */
    public static TenderId idOf(ProcurementId procurement, VendorOrganisationId vendor) {
        return TenderId.of(UUID.nameUUIDFromBytes((procurement.value() + "|" + vendor.value()).getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** The vendor's own tender as last saved (the submitted one may differ: {@code changedSinceSubmission}). */
    public Optional<TenderView> of(ProcurementId procurement, VendorOrganisationId vendor) {
        return jdbc.sql(WITH_OPENING + " where v.tender_id = ?").param(idOf(procurement, vendor).value())
                .query((rs, n) -> view(rs, "sealed_draft", vault.opener(procurement))).optional();
    }

    /**
     * The submitted tenders of a procurement as submitted, opened: what the buyer's team evaluates.
     * Refuses (409 {@code evaluation.sealed}) until the opening has happened, whoever asks.
     */
    public List<TenderView> opened(ProcurementId procurement) {
        TenderSeal.requireOpened(openedAt(procurement));
        return submitted(procurement);
    }

    /** When the tenders of a procurement were opened; empty while sealed. */
    public Optional<Instant> openedAt(ProcurementId procurement) {
        return jdbc.sql("select opened_at from tender_opening where procurement_id = ? and opened_at is not null")
                .param(procurement.value()).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** The lines of the opening record: read at the opening itself, after the deadline and never before it. */
    List<TendersOpenedEvent.OpenedTender> forOpening(ProcurementId procurement, Publication publication) {
        TenderSeal.requireDeadlinePassed(publication, clock.instant());
        return submitted(procurement).stream().map(t -> new TendersOpenedEvent.OpenedTender(t.vendorOrganisationId(),
                t.vendorName(), t.submittedAt(), t.priceSek())).toList();
    }

    private List<TenderView> submitted(ProcurementId procurement) {
        TenderVault.Opener opener = vault.opener(procurement);
        return jdbc.sql(WITH_OPENING + " where v.procurement_id = ? and v.status = ? order by v.submitted_at")
                .params(procurement.value(), TenderView.Status.SUBMITTED.name())
                .query((rs, n) -> view(rs, "sealed_submission", opener)).list();
    }

    private TenderView view(ResultSet rs, String sealedColumn, TenderVault.Opener opener) throws SQLException {
        String vendor = rs.getString("vendor_organisation_id");
        TenderContent content = opener.open(TenderId.of(rs.getString("tender_id")),
                new SealedContent(rs.getString(sealedColumn)));
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Timestamp opened = rs.getTimestamp("tenders_opened_at");
        return new TenderView(vendor, organisations.vendorOrganisation(vendor).map(VendorOrganisationView::name).orElse(""),
                TenderView.Status.valueOf(rs.getString("status")),
                content.responses().stream().sorted(Comparator.comparing(TenderResponse::requirementId)).toList(),
                content.priceSek(), rs.getTimestamp("saved_at").toInstant(), submitted == null ? null : submitted.toInstant(),
                (Integer) rs.getObject("set_version"), rs.getBoolean("changed_since_submission"),
                opened == null ? null : opened.toInstant());
    }
}
