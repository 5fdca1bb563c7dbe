package se.inkopsstod.procurement.attachment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.workspace.Workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the attachments of a procurement, and whether what one would go on exists: for the team,
 * every attachment not removed; for an invited vendor, only those on what was published to vendors.
 * Blocking JDBC.
 */
@Repository
class Attachments {

    /** An attachment with where its bytes are, for a download. */
    record Stored(String id, String fileName, String contentType, long sizeBytes, String sha256, String blobKey) {
    }

    /**
     * What an invited vendor may see: the procurement's own and its requirements' attachments once
     * the tender is published (a requirement only while it is in the published set), an answer's once
     * the answer is published.
     */
    private static final String VISIBLE_TO_VENDORS = """
            ((a.target_kind = 'PROCUREMENT' and exists (select 1 from procurement_publication p where p.procurement_id = a.procurement_id))
             or (a.target_kind = 'REQUIREMENT' and exists (
                    select 1 from published_requirement r
                      join procurement_publication p on p.procurement_id = r.procurement_id and p.requirement_set_version = r.set_version
                     where r.procurement_id = a.procurement_id and r.requirement_id = a.target_id))
             or (a.target_kind = 'ANSWER' and exists (
                    select 1 from question_view q
                     where q.procurement_id = a.procurement_id and q.question_id = a.target_id and q.published_at is not null)))""";

    private final JdbcClient jdbc;
    private final Workspace workspace;

    Attachments(JdbcClient jdbc, Workspace workspace) {
        this.jdbc = jdbc;
        this.workspace = workspace;
    }

    /** The team's list, oldest first, optionally of one target kind or one target. */
    List<AttachmentView> forTeam(ProcurementAccess access, AttachmentTarget target, String targetId) {
        Map<String, String> names = workspace.names(access.requireMember().tenantId());
        return jdbc.sql("""
                        select * from attachment a
                         where a.procurement_id = :procurement and a.removed_at is null
                           and (cast(:kind as varchar) is null or a.target_kind = :kind)
                           and (cast(:target as varchar) is null or a.target_id = :target)
                         order by a.added_at, a.attachment_id""")
                .param("procurement", access.procurementId().value())
                .param("kind", target == null ? null : target.name())
                .param("target", targetId)
                .query((rs, n) -> teamView(rs, names)).list();
    }

    Optional<AttachmentView> oneForTeam(ProcurementAccess access, String attachmentId) {
        Map<String, String> names = workspace.names(access.requireMember().tenantId());
        return jdbc.sql("select * from attachment a where a.procurement_id = ? and a.attachment_id = ? and a.removed_at is null")
                .params(access.procurementId().value(), attachmentId)
                .query((rs, n) -> teamView(rs, names)).optional();
    }

    /** What the invited vendor may see, oldest first, optionally of one target kind or one target. */
    List<VendorAttachmentView> forVendor(ProcurementAccess access, AttachmentTarget target, String targetId) {
        access.vendorOrganisationId(); // vendors only
        return jdbc.sql("""
                        select * from attachment a
                         where a.procurement_id = :procurement and a.removed_at is null
                           and (cast(:kind as varchar) is null or a.target_kind = :kind)
                           and (cast(:target as varchar) is null or a.target_id = :target)
                           and """ + VISIBLE_TO_VENDORS + """
                         order by a.added_at, a.attachment_id""")
                .param("procurement", access.procurementId().value())
                .param("kind", target == null ? null : target.name())
                .param("target", targetId)
                .query((rs, n) -> new VendorAttachmentView(rs.getString("attachment_id"),
                        AttachmentTarget.valueOf(rs.getString("target_kind")), rs.getString("target_id"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** An attachment the caller may read, with its blob key; empty for anything else, removed ones too. */
    Optional<Stored> readable(ProcurementAccess access, String attachmentId) {
        String visible = access.isVendor() ? " and " + VISIBLE_TO_VENDORS : "";
        if (!access.isVendor()) {
            access.requireMember();
        }
        return jdbc.sql("select * from attachment a where a.procurement_id = ? and a.attachment_id = ? and a.removed_at is null"
                        + visible)
                .params(access.procurementId().value(), attachmentId)
                .query((rs, n) -> new Stored(rs.getString("attachment_id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("blob_key")))
                .optional();
    }

    /** Whether the target is this procurement, one of its requirements or one of its questions. */
    boolean targetExists(ProcurementAccess access, AttachmentTarget target, String targetId) {
        String procurement = access.procurementId().value();
        switch (target) {
            case PROCUREMENT:
                return procurement.equals(targetId);
            case REQUIREMENT:
                return jdbc.sql("select exists (select 1 from requirement_view where procurement_id = ? and requirement_id = ?)")
                        .params(procurement, targetId).query(Boolean.class).single();
            case ANSWER:
                return jdbc.sql("select exists (select 1 from question_view where procurement_id = ? and question_id = ?)")
                        .params(procurement, targetId).query(Boolean.class).single();
            default:
                throw new IllegalArgumentException(String.valueOf(target));
        }
    }

    private static AttachmentView teamView(ResultSet rs, Map<String, String> names) throws SQLException {
        String addedBy = rs.getString("added_by");
        return new AttachmentView(rs.getString("attachment_id"), AttachmentTarget.valueOf(rs.getString("target_kind")),
                rs.getString("target_id"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), new AttachmentView.Person(addedBy, names.getOrDefault(addedBy, "")),
                rs.getTimestamp("added_at").toInstant());
    }
}
