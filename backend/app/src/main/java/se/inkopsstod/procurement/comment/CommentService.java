package se.inkopsstod.procurement.comment;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.workspace.ProcurementView;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CommentId;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.PersonId;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Comment threads on a procurement's needs and requirements, for everyone who may see the procurement. */
@Service
class CommentService {

    private final Comments comments;
    private final Workspace workspace;
    private final Commands commands;

    CommentService(Comments comments, Workspace workspace, Commands commands) {
        this.comments = comments;
        this.workspace = workspace;
        this.commands = commands;
    }

    Mono<List<CommentView>> threads(ProcurementAccess access, String itemId) {
        return Blocking.call(() -> comments.threadsOn(access, itemId));
    }

    /**
     * A comment on a need or requirement of this procurement, or a reply ({@code parentId}) to a
     * thread on the same item; only the procurement's team can be mentioned.
     */
    Mono<CommentView> add(ProcurementAccess access, String itemId, String parentId, String text, Set<String> mentions) {
        CurrentUser user = access.user();
        CommentId id = CommentId.random();
        Set<String> mentioned = mentions == null ? Set.of() : mentions;
        return Blocking.call(() -> {
                    ProcurementView procurement = workspace.view(access);
                    if (!comments.isItemOf(procurement.id(), itemId)) {
                        throw new InvalidInputException("comment.unknown-item", "itemId",
                                "Comments go on a need or requirement of this procurement.");
                    }
                    if (parentId != null && !comments.isThreadOn(procurement.id(), itemId, parentId)) {
                        throw new InvalidInputException("comment.unknown-parent", "parentId", "Replies go to a comment on the same item.");
                    }
                    Set<String> team = procurement.team().stream().map(ProcurementView.TeamMember::memberId).collect(Collectors.toSet());
                    if (!team.containsAll(mentioned)) {
                        throw new InvalidInputException("comment.unknown-mention", "mentions", "Only the procurement's team can be mentioned.");
                    }
                    return new AddCommentCommand(id, access.tenantId(), access.procurementId(), itemId,
                            parentId == null ? null : CommentId.of(parentId), text,
                            mentioned.stream().map(PersonId::of).collect(Collectors.toSet()), user.requireId());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> comments.find(access, itemId, id.value()).orElseThrow()));
    }
}
