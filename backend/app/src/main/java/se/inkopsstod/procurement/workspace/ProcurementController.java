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
import org.springframework.web.bind.annotation.PathVariable;
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

    ProcurementController(Workspace workspace, Commands commands, ProcessMap processMap, AsOf asOf) {
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
                .then(Blocking.call(() -> workspace.readable(user, id.value())))
                .map(view -> ResponseEntity.created(URI.create("/api/procurements/" + view.id())).body(view));
    }

    @GetMapping("/{procurementId}")
    Mono<ProcurementView> get(CurrentUser user, @PathVariable String procurementId) {
        return Blocking.call(() -> workspace.readable(user, procurementId));
    }

    @PutMapping("/{procurementId}/phase")
    Mono<ProcurementView> changePhase(CurrentUser user, @PathVariable String procurementId,
                                      @Valid @RequestBody PhaseRequest request) {
        user.require(Role.BUYER);
        return Blocking.call(() -> workspace.readable(user, procurementId))
                .flatMap(view -> commands.send(new ChangePhaseCommand(ProcurementId.of(view.id()), user.tenantId(), request.phase()), user))
                .then(Blocking.call(() -> workspace.readable(user, procurementId)));
    }

    @PutMapping("/{procurementId}/team")
    Mono<ProcurementView> setTeam(CurrentUser user, @PathVariable String procurementId,
                                  @Valid @RequestBody TeamRequest request) {
        user.require(Role.BUYER);
        return Blocking.call(() -> {
                    ProcurementView view = workspace.readable(user, procurementId);
                    Set<String> tenantMembers = workspace.memberIndex(user.tenantId()).keySet();
                    if (!tenantMembers.containsAll(request.memberIds())) {
                        throw new InvalidInputException("procurement.team-unknown-member", "memberIds",
                                "Only members of your organisation can be on the team.");
                    }
                    return view;
                })
                .flatMap(view -> commands.send(new SetTeamCommand(ProcurementId.of(view.id()), user.tenantId(),
                        request.memberIds().stream().map(PersonId::of).collect(Collectors.toSet())), user))
                .then(Blocking.call(() -> workspace.readable(user, procurementId)));
    }

    /** The whole workspace as it was at a moment (ISO-8601, e.g. 2026-11-20T14:00:00Z), from the event store. */
    @GetMapping("/{procurementId}/as-of")
    Mono<AsOfView> asOf(CurrentUser user, @PathVariable String procurementId, @RequestParam String at) {
        Instant moment = parseInstant(at);
        return Blocking.call(() -> asOf.of(workspace.readable(user, procurementId).id(), moment));
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
