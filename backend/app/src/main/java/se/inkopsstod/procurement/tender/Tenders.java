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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads tenders and is the only place that opens their sealed content: a vendor's own tender for
 * that vendor (the gate has said who it is), and the submitted tenders of a procurement for the
 * buyer's team once {@link TenderSeal} says they are open, never before.
 */
@Service
public class Tenders {

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
        return jdbc.sql("select * from tender_view where tender_id = ?").param(idOf(procurement, vendor).value())
                .query((rs, n) -> view(rs, "sealed_draft")).optional();
    }

    /**
     * The submitted tenders of a procurement as submitted, opened: what the buyer's team evaluates.
     * Refuses (409 {@code evaluation.sealed}) while the seal holds, whoever asks.
     */
    public List<TenderView> opened(ProcurementId procurement, Publication publication) {
        TenderSeal.requireOpen(Optional.of(publication), clock.instant());
        return jdbc.sql("select * from tender_view where procurement_id = ? and status = ? order by submitted_at")
                .params(procurement.value(), TenderView.Status.SUBMITTED.name())
                .query((rs, n) -> view(rs, "sealed_submission")).list();
    }

    private TenderView view(ResultSet rs, String sealedColumn) throws SQLException {
        String vendor = rs.getString("vendor_organisation_id");
        TenderContent content = vault.open(ProcurementId.of(rs.getString("procurement_id")), TenderId.of(rs.getString("tender_id")),
                new SealedContent(rs.getString(sealedColumn)));
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new TenderView(vendor, organisations.vendorOrganisation(vendor).map(VendorOrganisationView::name).orElse(""),
                TenderView.Status.valueOf(rs.getString("status")),
                content.responses().stream().sorted(Comparator.comparing(TenderResponse::requirementId)).toList(),
                content.priceSek(), rs.getTimestamp("saved_at").toInstant(), submitted == null ? null : submitted.toInstant(),
                (Integer) rs.getObject("set_version"), rs.getBoolean("changed_since_submission"));
    }
}
