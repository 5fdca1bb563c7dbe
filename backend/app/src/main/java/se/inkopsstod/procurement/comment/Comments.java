package se.inkopsstod.procurement.comment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.workspace.Workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the comment threads of a procurement's items, and what a new comment may attach to. Blocking JDBC. */
@Repository
class Comments {

    private final JdbcClient jdbc;
    private final Workspace workspace;

    Comments(JdbcClient jdbc, Workspace workspace) {
        this.jdbc = jdbc;
        this.workspace = workspace;
    }

    /** The threads on an item, oldest first, each with its replies. */
    List<CommentView> threadsOn(ProcurementAccess access, String itemId) {
        Map<String, String> names = workspace.names(access.requireMember().tenantId());
        List<CommentView> flat = jdbc.sql("select * from comment_view where procurement_id = ? and item_id = ? order by created_at")
                .params(access.procurementId().value(), itemId)
                .query((rs, n) -> new CommentView(rs.getString("comment_id"), rs.getString("item_id"), rs.getString("parent_id"),
                        rs.getString("text"), person(rs.getString("author"), names),
                        Arrays.stream(rs.getString("mentions").split(",")).filter(s -> !s.isEmpty()).map(p -> person(p, names)).toList(),
                        rs.getTimestamp("created_at").toInstant(), List.of()))
                .list();
        Map<String, List<CommentView>> replies = new LinkedHashMap<>();
        flat.stream().filter(c -> c.parentId() != null)
                .forEach(c -> replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c));
        return flat.stream().filter(c -> c.parentId() == null)
                .map(c -> new CommentView(c.id(), c.itemId(), null, c.text(), c.author(), c.mentions(), c.at(),
                        replies.getOrDefault(c.id(), List.of())))
                .toList();
    }

    /** One comment on an item, a thread or a reply. */
    Optional<CommentView> find(ProcurementAccess access, String itemId, String commentId) {
        List<CommentView> all = new ArrayList<>();
        threadsOn(access, itemId).forEach(t -> {
            all.add(t);
            all.addAll(t.replies());
        });
        return all.stream().filter(c -> c.id().equals(commentId)).findFirst();
    }

    /** Whether the item is a need or requirement of the procurement. */
    boolean isItemOf(String procurementId, String itemId) {
        return jdbc.sql("""
                        select exists (select 1 from need_view where procurement_id = :p and need_id = :i)
                            or exists (select 1 from requirement_view where procurement_id = :p and requirement_id = :i)""")
                .param("p", procurementId).param("i", itemId).query(Boolean.class).single();
    }

    /** Whether the comment starts a thread on the item (replies go to those, not to other replies). */
    boolean isThreadOn(String procurementId, String itemId, String commentId) {
        return jdbc.sql("select exists (select 1 from comment_view where procurement_id = ? and item_id = ? and comment_id = ? and parent_id is null)")
                .params(procurementId, itemId, commentId).query(Boolean.class).single();
    }

    private static CommentView.Person person(String id, Map<String, String> names) {
        return new CommentView.Person(id, names.getOrDefault(id, ""));
    }
}
