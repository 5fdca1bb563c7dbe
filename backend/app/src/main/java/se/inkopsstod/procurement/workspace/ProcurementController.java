package se.inkopsstod.procurement.workspace;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.AsOfView;
import se.inkopsstod.procurement.api.ChangePhaseCommand;
import se.inkopsstod.procurement.api.CreateProcurementCommand;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.Procedure;
import se.inkopsstod.procurement.api.ProcurementSummary;
import se.inkopsstod.procurement.api.ProcurementView;
import se.inkopsstod.procurement.api.SetTeamCommand;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.access.ProcurementGate;
import se.inkopsstod.procurement.coediting.AsOf;
import se.inkopsstod.procurement.processmap.ProcessMap;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The caller's tenant's procurements: list, start, move through phases, set the team. */
@RestController
@RequestMapping("/api/procurements")
class ProcurementController {

    private final Workspace workspace;
    private final Commands commands;
    private final ProcessMap processMap;
    private final AsOf asOf;
    private final ProcurementGate gate;

    ProcurementController(Workspace workspace, Commands commands, ProcessMap processMap, AsOf asOf, ProcurementGate gate) {
        this.gate = gate;
        this.workspace = workspace;
        this.commands = commands;
        this.processMap = processMap;
        this.asOf = asOf;
    }

    @GetMapping
    Mono<List<ProcurementSummary>> list(CurrentUser user) {
        user.tenantId();
        return Blocking.call(() -> workspace.list(user));
    }

    @PostMapping
    Mono<ResponseEntity<ProcurementView>> create(CurrentUser user, @Valid @RequestBody CreateRequest request) {
        user.require(Role.BUYER);
        processMap.requireProcess(request.category(), "category");
        ProcurementId id = ProcurementId.random();
        return commands.send(new CreateProcurementCommand(id, user.tenantId(), request.title(), request.description(),
                        request.category(), request.procedure(), request.estimatedValueSek(), request.plannedTenderDate(),
                        request.plannedAwardDate(), user.requireId()), user)
                .then(Blocking.call(() -> workspace.view(gate.member(user, id.value()))))
                .map(view -> ResponseEntity.created(URI.create("/api/procurements/" + view.id())).body(view));
    }

    @GetMapping("/{procurementId}")
    Mono<ProcurementView> get(ProcurementAccess access) {
        return Blocking.call(() -> workspace.view(access));
    }

    @PutMapping("/{procurementId}/phase")
    Mono<ProcurementView> changePhase(ProcurementAccess access, @Valid @RequestBody PhaseRequest request) {
        access.requireBuyer();
        return commands.send(new ChangePhaseCommand(access.procurementId(), access.tenantId(), request.phase()), access.user())
                .then(Blocking.call(() -> workspace.view(access)));
    }

    @PutMapping("/{procurementId}/team")
    Mono<ProcurementView> setTeam(ProcurementAccess access, @Valid @RequestBody TeamRequest request) {
        access.requireBuyer();
        return Blocking.run(() -> {
                    Set<String> tenantMembers = workspace.memberIndex(access.tenantId()).keySet();
                    if (!tenantMembers.containsAll(request.memberIds())) {
                        throw new InvalidInputException("procurement.team-unknown-member", "memberIds",
                                "Only members of your organisation can be on the team.");
                    }
                })
                .then(commands.send(new SetTeamCommand(access.procurementId(), access.tenantId(),
                        request.memberIds().stream().map(PersonId::of).collect(Collectors.toSet())), access.user()))
                .then(Blocking.call(() -> workspace.view(access)));
    }

    /** The whole workspace as it was at a moment (ISO-8601, e.g. 2026-11-20T14:00:00Z), from the event store. */
    @GetMapping("/{procurementId}/as-of")
    Mono<AsOfView> asOf(ProcurementAccess access, @RequestParam String at) {
        Instant moment = parseInstant(at);
        return Blocking.call(() -> asOf.of(workspace.view(access).id(), moment));
    }

    private static Instant parseInstant(String at) {
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("as-of.invalid-time", "at", "Give the moment as ISO-8601 with a zone, e.g. 2026-11-20T14:00:00+01:00.");
        }
    }

    record CreateRequest(@NotBlank @Size(max = 200) String title,
                         @Size(max = 5000) String description,
                         @NotBlank @Size(max = 64) String category,
                         @NotNull Procedure procedure,
                         @NotNull @PositiveOrZero @Max(100_000_000_000L) Long estimatedValueSek,
                         LocalDate plannedTenderDate,
                         LocalDate plannedAwardDate) {
    }

    record PhaseRequest(@NotNull Phase phase) {
    }

    record TeamRequest(@NotEmpty @Size(max = 500) Set<@NotBlank @Size(max = 64) String> memberIds) {
    }
}
