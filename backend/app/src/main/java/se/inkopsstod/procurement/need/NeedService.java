package se.inkopsstod.procurement.need;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.Benefit;
import se.inkopsstod.procurement.model.HistoryEntry;
import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedView;
import se.inkopsstod.procurement.coediting.ItemHistory;
import se.inkopsstod.procurement.processmap.ProcessMap;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;

import java.time.temporal.ChronoUnit;
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

    /**
     * A field someone else changed since {@code baseVersion} fails with the conflict and the need as
     * it is now. The hot path of co-editing: the need is neither read before (the aggregate applies
     * the patch) nor after (the answer is built from what the aggregate says).
     */
    Mono<NeedView> edit(ProcurementAccess access, String needId, long baseVersion, NeedPatch patch) {
        CurrentUser user = access.requireMember().user();
        if (patch.perspective() != null) {
            processMap.requirePerspective(patch.perspective(), "perspective");
        }
        if (patch.schoolProcess() != null) {
            processMap.requireProcess(patch.schoolProcess(), "schoolProcess");
        }
        if (needId.length() > 64) {
            return Mono.error(NeedService::noSuchNeed);
        }
        return commands.<NeedState>send(new EditNeedCommand(NeedId.of(needId), access.tenantId(), access.procurementId(),
                        baseVersion, patch, user.requireId(), user.name()), user)
                .onErrorMap(e -> e instanceof AggregateNotFoundException
                        || e instanceof NotFoundException notFound && "not-found".equals(notFound.messageKey()), e -> noSuchNeed())
                .onErrorResume(EditConflictException.class, conflict -> need(access, needId)
                        .flatMap(now -> Mono.error(conflict.withCurrent(now))))
                .flatMap(state -> Blocking.call(() -> state.complete() ? view(state, access) : needs.need(access, needId)));
    }

    /** The need as the view would show it, from the aggregate's answer and the tenant's (cached) names. */
    private NeedView view(NeedState state, ProcurementAccess access) {
        NeedContent c = state.content();
        String proposer = state.proposedBy().value();
        return new NeedView(state.id().value(), state.version(), state.procurementId().value(), c.statement(),
                c.perspective(), c.schoolProcess(), c.priority(), c.steeringDocument(),
                c.benefit() == null ? new Benefit(null, null, null, null, null) : c.benefit(),
                state.status(), state.rejectionReason(), state.mergedInto() == null ? null : state.mergedInto().value(),
                state.endorsements(), state.endorsedByReader(),
                new NeedView.Person(proposer, workspace.names(access.tenantId()).getOrDefault(proposer, "")),
                state.changedAt().truncatedTo(ChronoUnit.MICROS)); // as PostgreSQL keeps it in the view
    }

    private static NotFoundException noSuchNeed() {
        return new NotFoundException("No such need.").withMessageKey("not-found.need");
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
