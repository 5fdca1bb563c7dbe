package se.inkopsstod.procurement.tender;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads tender attachments, as sealed. Two readers only, as for {@link Tenders}: a vendor its own
 * tender's files (those not removed), and the buyer's team the files of a submitted tender as
 * submitted, once the tenders are opened ({@link TenderSeal#requireOpened}), never before, not
 * even how many there are. Blocking JDBC.
 */
@Repository
class TenderAttachments {

    /** Whether the file is in the tender as last submitted: added before that submission and not removed before it. */
    private static final String SUBMITTED = """
            (v.status = 'SUBMITTED' and v.submitted_seq is not null and a.added_seq < v.submitted_seq
             and (a.removed_seq is null or a.removed_seq > v.submitted_seq))""";

    /** A file as stored: sealed metadata, where its sealed bytes are. */
    record Stored(TenderId tenderId, AttachmentId id, SealedContent metadata, long sizeBytes, String sha256, String blobKey,
                  Instant addedAt, boolean submitted) {
    }

    private final JdbcClient jdbc;
    private final Tenders tenders;

    TenderAttachments(JdbcClient jdbc, Tenders tenders) {
        this.jdbc = jdbc;
        this.tenders = tenders;
    }

    /** The vendor's own tender's files, oldest first, removed ones left out. */
    List<Stored> own(ProcurementId procurement, VendorOrganisationId vendor) {
        return jdbc.sql("select a.*, coalesce(" + SUBMITTED + ", false) as in_submission from tender_attachment a"
                        + " left join tender_view v on v.tender_id = a.tender_id"
                        + " where a.tender_id = ? and a.removed_seq is null order by a.added_at, a.attachment_id")
                .param(Tenders.idOf(procurement, vendor).value())
                .query((rs, n) -> stored(rs)).list();
    }

    Optional<Stored> ownOne(ProcurementId procurement, VendorOrganisationId vendor, String attachmentId) {
        return own(procurement, vendor).stream().filter(a -> a.id().value().equals(attachmentId)).findFirst();
    }

    /**
     * The files of one vendor's submitted tender as submitted, for the buyer's team: 409
     * {@code evaluation.sealed} until the opening, whatever vendor is named; empty if it submitted none.
     */
    Optional<List<Stored>> submitted(ProcurementId procurement, String vendorOrganisationId) {
        TenderSeal.requireOpened(tenders.openedAt(procurement));
        boolean tendered = jdbc.sql("""
                        select exists (select 1 from tender_view where procurement_id = ? and vendor_organisation_id = ?
                                                                    and status = 'SUBMITTED')""")
                .params(procurement.value(), vendorOrganisationId).query(Boolean.class).single();
        if (!tendered) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select a.*, true as in_submission from tender_attachment a"
                        + " join tender_view v on v.tender_id = a.tender_id"
                        + " where v.procurement_id = ? and v.vendor_organisation_id = ? and " + SUBMITTED
                        + " order by a.added_at, a.attachment_id")
                .params(procurement.value(), vendorOrganisationId)
                .query((rs, n) -> stored(rs)).list());
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(TenderId.of(rs.getString("tender_id")), AttachmentId.of(rs.getString("attachment_id")),
                new SealedContent(rs.getString("sealed_metadata")), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("blob_key"), rs.getTimestamp("added_at").toInstant(), rs.getBoolean("in_submission"));
    }
}
