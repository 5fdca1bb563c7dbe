package se.inkopsstod.procurement.attachment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/** The attachments as the workspace lists them, written in the command's transaction. */
@Component
@ProcessingGroup("procurement-workspace")
class AttachmentProjection {

    private final JdbcClient jdbc;

    AttachmentProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AttachmentAddedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                        insert into attachment (attachment_id, procurement_id, tenant_id, target_kind, target_id, file_name,
                                                content_type, size_bytes, sha256, blob_key, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.attachmentId().value(), event.procurementId().value(), event.tenantId().value(),
                        event.target().name(), event.targetId(), event.fileName(), event.contentType(), event.sizeBytes(),
                        event.sha256(), event.blobKey(), event.addedBy().value(), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(AttachmentRemovedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("update attachment set removed_by = ?, removed_at = ? where attachment_id = ?")
                .params(event.removedBy().value(), Timestamp.from(at), event.attachmentId().value())
                .update();
    }
}
