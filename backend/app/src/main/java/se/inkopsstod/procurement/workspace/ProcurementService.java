package se.inkopsstod.procurement.workspace;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.access.ProcurementGate;
import se.inkopsstod.procurement.model.AsOfView;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.coediting.AsOf;
import se.inkopsstod.procurement.processmap.ProcessMap;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A tenant's procurements: buyers start them, move them through phases and set the team; members read them. */
@Service
class ProcurementService {

    private final Workspace workspace;
    private final Commands commands;
    private final ProcessMap processMap;
    private final AsOf asOf;
    private final ProcurementGate gate;
    private final java.time.Clock clock;

    ProcurementService(Workspace workspace, Commands commands, ProcessMap processMap, AsOf asOf, ProcurementGate gate,
                       java.time.Clock clock) {
        this.clock = clock;
        this.workspace = workspace;
        this.commands = commands;
        this.processMap = processMap;
        this.asOf = asOf;
        this.gate = gate;
    }

    /** The procurements the person may see: all of the tenant's for buyers and administrators, else those whose team they are on. */
    Mono<List<ProcurementSummary>> list(CurrentUser user) {
        user.tenantId();
        return Blocking.call(() -> workspace.list(user));
    }

    Mono<ProcurementView> create(CurrentUser user, NewProcurement procurement) {
        user.require(Role.BUYER);
        processMap.requireProcess(procurement.category(), "category");
        ProcurementId id = ProcurementId.random();
        return commands.send(new CreateProcurementCommand(id, user.tenantId(), procurement.title(), procurement.description(),
                        procurement.category(), procurement.procedure(), procurement.estimatedValueSek(),
                        procurement.plannedTenderDate(), procurement.plannedAwardDate(), user.requireId()), user)
                // the new procurement has no route yet, so the gate is asked here whether its creator may read it
                .then(Blocking.call(() -> workspace.view(gate.member(user, id.value()))));
    }

    Mono<ProcurementView> view(ProcurementAccess access) {
        return Blocking.call(() -> workspace.view(access));
    }

    Mono<ProcurementView> changePhase(ProcurementAccess access, Phase phase) {
        access.requireBuyer();
        return commands.send(new ChangePhaseCommand(access.procurementId(), access.tenantId(), phase, clock.instant()), access.user())
                .then(view(access));
    }

    /** Only members of the procurement's own tenant can be on its team. */
    Mono<ProcurementView> setTeam(ProcurementAccess access, Set<String> memberIds) {
        access.requireBuyer();
        return Blocking.run(() -> {
                    Set<String> tenantMembers = workspace.memberIndex(access.tenantId()).keySet();
                    if (!tenantMembers.containsAll(memberIds)) {
                        throw new InvalidInputException("procurement.team-unknown-member", "memberIds",
                                "Only members of your organisation can be on the team.");
                    }
                })
                .then(commands.send(new SetTeamCommand(access.procurementId(), access.tenantId(),
                        memberIds.stream().map(PersonId::of).collect(Collectors.toSet())), access.user()))
                .then(view(access));
    }

    /** The whole workspace as it was at a moment, from the event store. */
    Mono<AsOfView> asOf(ProcurementAccess access, Instant moment) {
        return Blocking.call(() -> asOf.of(workspace.view(access).id(), moment));
    }
}
