package se.inkopsstod.procurement.comment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.shared.PersonId;

import java.time.Instant;
import java.util.stream.Collectors;

/** Comments as the workspace lists them. */
@Component
@ProcessingGroup("procurement-workspace")
class CommentProjection {

    private final JdbcClient jdbc;

    CommentProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CommentAddedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        insert into comment_view (comment_id, procurement_id, tenant_id, item_id, parent_id, text, mentions, author, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.commentId().value(), event.procurementId().value(), event.tenantId().value(), event.itemId(),
                        event.parentId() == null ? null : event.parentId().value(), event.text(),
                        event.mentions().stream().map(PersonId::value).sorted().collect(Collectors.joining(",")),
                        event.author().value(), java.sql.Timestamp.from(at))
                .update();
    }
}
