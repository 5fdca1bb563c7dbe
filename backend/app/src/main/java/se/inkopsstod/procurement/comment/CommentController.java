package se.inkopsstod.procurement.comment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.AddCommentCommand;
import se.inkopsstod.procurement.api.CommentView;
import se.inkopsstod.procurement.api.ProcurementView;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CommentId;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.PersonId;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Comment threads on a workspace's needs and requirements, for everyone who may see the procurement. */
@RestController
@RequestMapping("/api/procurements/{procurementId}/comments")
class CommentController {

    private final Workspace workspace;
    private final Commands commands;
    private final JdbcClient jdbc;

    CommentController(Workspace workspace, Commands commands, JdbcClient jdbc) {
        this.workspace = workspace;
        this.commands = commands;
        this.jdbc = jdbc;
    }

    @GetMapping
    Mono<List<CommentView>> threads(ProcurementAccess access, @RequestParam String itemId) {
        return Blocking.call(() -> threadsOn(access, itemId));
    }

    @PostMapping
    Mono<ResponseEntity<CommentView>> add(ProcurementAccess access, @Valid @RequestBody CommentRequest request) {
        CurrentUser user = access.user();
        CommentId id = CommentId.random();
        return Blocking.call(() -> {
                    ProcurementView procurement = workspace.view(access);
                    requireItem(procurement.id(), request.itemId());
                    if (request.parentId() != null && !isCommentOn(procurement.id(), request.itemId(), request.parentId())) {
                        throw new InvalidInputException("comment.unknown-parent", "parentId", "Replies go to a comment on the same item.");
                    }
                    Set<String> team = procurement.team().stream().map(ProcurementView.TeamMember::memberId).collect(Collectors.toSet());
                    Set<String> mentions = request.mentions() == null ? Set.of() : request.mentions();
                    if (!team.containsAll(mentions)) {
                        throw new InvalidInputException("comment.unknown-mention", "mentions", "Only the procurement's team can be mentioned.");
                    }
                    return new AddCommentCommand(id, access.tenantId(), access.procurementId(), request.itemId(),
                            request.parentId() == null ? null : CommentId.of(request.parentId()), request.text(),
                            mentions.stream().map(PersonId::of).collect(Collectors.toSet()), user.requireId());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> find(access, request.itemId(), id.value())))
                .map(c -> ResponseEntity.created(URI.create("/api/procurements/" + access.procurementId().value()
                        + "/comments/" + c.id())).body(c));
    }

    private CommentView find(ProcurementAccess access, String itemId, String commentId) {
        List<CommentView> all = new ArrayList<>();
        threadsOn(access, itemId).forEach(t -> {
            all.add(t);
            all.addAll(t.replies());
        });
        return all.stream().filter(c -> c.id().equals(commentId)).findFirst().orElseThrow();
    }

    private List<CommentView> threadsOn(ProcurementAccess access, String itemId) {
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

    private void requireItem(String procurementId, String itemId) {
        boolean exists = jdbc.sql("""
                        select exists (select 1 from need_view where procurement_id = :p and need_id = :i)
                            or exists (select 1 from requirement_view where procurement_id = :p and requirement_id = :i)""")
                .param("p", procurementId).param("i", itemId).query(Boolean.class).single();
        if (!exists) {
            throw new InvalidInputException("comment.unknown-item", "itemId", "Comments go on a need or requirement of this procurement.");
        }
    }

    private boolean isCommentOn(String procurementId, String itemId, String commentId) {
        return jdbc.sql("select exists (select 1 from comment_view where procurement_id = ? and item_id = ? and comment_id = ? and parent_id is null)")
                .params(procurementId, itemId, commentId).query(Boolean.class).single();
    }

    private static CommentView.Person person(String id, Map<String, String> names) {
        return new CommentView.Person(id, names.getOrDefault(id, ""));
    }

    record CommentRequest(@NotBlank @Size(max = 64) String itemId, @Size(max = 64) String parentId,
                          @NotBlank @Size(max = 5000) String text,
                          @Size(max = 50) Set<@NotBlank @Size(max = 64) String> mentions) {
    }
}
