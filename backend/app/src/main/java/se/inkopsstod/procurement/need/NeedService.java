package se.inkopsstod.procurement.need;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.HistoryEntry;
import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedView;
import se.inkopsstod.procurement.coediting.ItemHistory;
import se.inkopsstod.procurement.processmap.ProcessMap;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.ProcurementId;

import java.util.List;
import java.util.function.Function;

/** What can be done with the needs of a procurement, by whom; each change answers with the need as it is now. */
@Service
class NeedService {

    private final NeedQueries needs;
    private final Workspace workspace;
    private final Commands commands;
    private final ProcessMap processMap;
    private final ItemHistory history;

    NeedService(NeedQueries needs, Workspace workspace, Commands commands, ProcessMap processMap, ItemHistory history) {
        this.needs = needs;
        this.workspace = workspace;
        this.commands = commands;
        this.processMap = processMap;
        this.history = history;
    }

    Mono<List<NeedView>> needs(ProcurementAccess access) {
        return Blocking.call(() -> needs.needs(access));
    }

    Mono<NeedView> need(ProcurementAccess access, String needId) {
        return Blocking.call(() -> needs.need(access, needId));
    }

    /** Anyone on the team may propose a need. */
    Mono<NeedView> propose(ProcurementAccess access, NeedContent content) {
        CurrentUser user = access.requireMember().user();
        validate(content);
        NeedId needId = NeedId.random();
        return commands.send(new ProposeNeedCommand(needId, access.tenantId(), access.procurementId(), content,
                        user.requireId()), user)
                .then(need(access, needId.value()));
    }

    /** A field someone else changed since {@code baseVersion} fails with the conflict and the need as it is now. */
    Mono<NeedView> edit(ProcurementAccess access, String needId, long baseVersion, NeedPatch patch) {
        CurrentUser user = access.user();
        return need(access, needId)
                .flatMap(current -> {
                    NeedContent wanted = patch.applyTo(current);
                    validate(wanted);
                    return commands.send(new EditNeedCommand(NeedId.of(current.id()), access.tenantId(), baseVersion,
                                    wanted, patch.fields(), user.requireId(), user.name()), user)
                            .onErrorResume(EditConflictException.class, conflict -> need(access, needId)
                                    .flatMap(now -> Mono.error(conflict.withCurrent(now))))
                            .then(need(access, needId));
                });
    }

    Mono<NeedView> endorse(ProcurementAccess access, String needId) {
        return act(access, needId, need -> new EndorseNeedCommand(need, access.tenantId(), access.user().requireId()));
    }

    Mono<NeedView> withdrawEndorsement(ProcurementAccess access, String needId) {
        return act(access, needId, need -> new WithdrawEndorsementNeedCommand(need, access.tenantId(), access.user().requireId()));
    }

    Mono<NeedView> accept(ProcurementAccess access, String needId) {
        access.requireBuyer();
        return act(access, needId, need -> new AcceptNeedCommand(need, access.tenantId()));
    }

    Mono<NeedView> reject(ProcurementAccess access, String needId, String reason) {
        access.requireBuyer();
        return act(access, needId, need -> new RejectNeedCommand(need, access.tenantId(), reason));
    }

    /** The need decides whether the target will do; it is told what this procurement's needs say about it. */
    Mono<NeedView> merge(ProcurementAccess access, String needId, String into) {
        access.requireBuyer();
        return Blocking.call(() -> needs.find(access, into).map(MergeTarget::of).orElse(MergeTarget.NOT_FOUND))
                .flatMap(target -> act(access, needId, need -> new MergeNeedCommand(need, access.tenantId(),
                        NeedId.of(into), target.procurementId(), target.open())));
    }

    Mono<List<HistoryEntry>> history(ProcurementAccess access, String needId) {
        return Blocking.call(() -> history.of(needs.need(access, needId).id(), workspace.names(access.tenantId())));
    }

    private Mono<NeedView> act(ProcurementAccess access, String needId, Function<NeedId, Object> command) {
        return need(access, needId)
                .flatMap(need -> commands.send(command.apply(NeedId.of(need.id())), access.user())
                        .then(need(access, needId)));
    }

    private void validate(NeedContent content) {
        processMap.requirePerspective(content.perspective(), "perspective");
        processMap.requireProcess(content.schoolProcess(), "schoolProcess");
    }

    /** What the merge target's read model says: its procurement (null if not found) and whether it is open. */
    private record MergeTarget(ProcurementId procurementId, boolean open) {

        static final MergeTarget NOT_FOUND = new MergeTarget(null, false);

        static MergeTarget of(NeedView need) {
            return new MergeTarget(ProcurementId.of(need.procurementId()), need.status().open());
        }
    }
}
