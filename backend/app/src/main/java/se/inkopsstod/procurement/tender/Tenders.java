package se.inkopsstod.procurement.tender;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads tenders. Callers decide who may see which: a vendor its own, the buyer's team all of them after opening. */
@Service
public class Tenders {

    private final JdbcClient jdbc;
    private final Organisations organisations;

    Tenders(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** One tender per vendor and procurement: its id follows from the two. */
    public static TenderId idOf(ProcurementId procurement, VendorOrganisationId vendor) {
        return TenderId.of(UUID.nameUUIDFromBytes((procurement.value() + "|" + vendor.value()).getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** The vendor's own tender as last saved (the submitted one may differ: {@code changedSinceSubmission}). */
    public Optional<TenderView> of(ProcurementId procurement, VendorOrganisationId vendor) {
        return jdbc.sql("select * from tender_view where tender_id = ?").param(idOf(procurement, vendor).value())
                .query((rs, n) -> view(rs, "tender_response", (Long) rs.getObject("price_sek"))).optional();
    }

    /** The submitted tenders of a procurement as submitted: what the buyer's team opens and evaluates. */
    public List<TenderView> submitted(ProcurementId procurement) {
        return jdbc.sql("select * from tender_view where procurement_id = ? and status = ? order by submitted_at")
                .params(procurement.value(), TenderView.Status.SUBMITTED.name())
                .query((rs, n) -> view(rs, "tender_submitted_response", (Long) rs.getObject("submitted_price_sek"))).list();
    }

    private TenderView view(ResultSet rs, String responseTable, Long price) throws SQLException {
        String tenderId = rs.getString("tender_id");
        String vendor = rs.getString("vendor_organisation_id");
        List<TenderResponse> responses = jdbc.sql("select * from " + responseTable + " where tender_id = ? order by requirement_id")
                .param(tenderId)
                .query((r, n) -> new TenderResponse(r.getString("requirement_id"),
                        r.getString("compliance") == null ? null : Compliance.valueOf(r.getString("compliance")),
                        r.getString("explanation")))
                .list();
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new TenderView(vendor, organisations.vendorOrganisation(vendor).map(VendorOrganisationView::name).orElse(""),
                TenderView.Status.valueOf(rs.getString("status")), responses, price,
                rs.getTimestamp("saved_at").toInstant(), submitted == null ? null : submitted.toInstant(),
                (Integer) rs.getObject("set_version"), rs.getBoolean("changed_since_submission"));
    }
}
