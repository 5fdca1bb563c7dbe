package se.inkopsstod.procurement.need;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.AcceptNeedCommand;
import se.inkopsstod.procurement.api.Benefit;
import se.inkopsstod.procurement.api.EditNeedCommand;
import se.inkopsstod.procurement.api.EndorseNeedCommand;
import se.inkopsstod.procurement.api.HistoryEntry;
import se.inkopsstod.procurement.api.MergeNeedCommand;
import se.inkopsstod.procurement.api.NeedContent;
import se.inkopsstod.procurement.api.NeedField;
import se.inkopsstod.procurement.api.NeedView;
import se.inkopsstod.procurement.api.Priority;
import se.inkopsstod.procurement.api.ProposeNeedCommand;
import se.inkopsstod.procurement.api.RejectNeedCommand;
import se.inkopsstod.procurement.api.WithdrawEndorsementNeedCommand;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.coediting.ItemHistory;
import se.inkopsstod.procurement.processmap.ProcessMap;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NeedId;

import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The needs of a procurement, for everyone who may see the procurement. */
@RestController
@RequestMapping("/api/procurements/{procurementId}/needs")
class NeedController {

    private final Workspace workspace;
    private final Commands commands;
    private final ProcessMap processMap;
    private final ItemHistory history;

    NeedController(Workspace workspace, Commands commands, ProcessMap processMap, ItemHistory history) {
        this.workspace = workspace;
        this.commands = commands;
        this.processMap = processMap;
        this.history = history;
    }

    @GetMapping
    Mono<List<NeedView>> needs(ProcurementAccess access) {
        return Blocking.call(() -> workspace.needs(access));
    }

    @PostMapping
    Mono<ResponseEntity<NeedView>> propose(ProcurementAccess access, @Valid @RequestBody NeedRequest request) {
        CurrentUser user = access.requireMember().user();
        NeedContent content = request.toContent();
        validate(content);
        NeedId needId = NeedId.random();
        return commands.send(new ProposeNeedCommand(needId, access.tenantId(), access.procurementId(), content,
                        user.requireId()), user)
                .then(Blocking.call(() -> workspace.need(access, needId.value())))
                .map(need -> ResponseEntity.created(URI.create("/api/procurements/" + access.procurementId().value()
                        + "/needs/" + need.id())).body(need));
    }

    @GetMapping("/{needId}")
    Mono<NeedView> need(ProcurementAccess access, @PathVariable String needId) {
        return Blocking.call(() -> workspace.need(access, needId));
    }

    /**
     * Changes the fields named in {@code changes}. The body says which version the editor saw;
     * a field someone else changed since is answered with 409 and both values.
     */
    @PatchMapping("/{needId}")
    Mono<NeedView> edit(ProcurementAccess access, @PathVariable String needId, @Valid @RequestBody EditRequest request) {
        CurrentUser user = access.user();
        return Blocking.call(() -> workspace.need(access, needId))
                .flatMap(current -> {
                    NeedContent wanted = request.changes().applyTo(current);
                    validate(wanted);
                    return commands.send(new EditNeedCommand(NeedId.of(current.id()), access.tenantId(), request.baseVersion(),
                                    wanted, request.changes().fields(), user.requireId(), user.name()), user)
                            .onErrorResume(EditConflictException.class, conflict -> Blocking.call(
                                    () -> workspace.need(access, needId)).flatMap(now -> Mono.error(conflict.withCurrent(now))))
                            .then(Blocking.call(() -> workspace.need(access, needId)));
                });
    }

    @PutMapping("/{needId}/endorsement")
    Mono<NeedView> endorse(ProcurementAccess access, @PathVariable String needId) {
        return act(access, needId, need -> new EndorseNeedCommand(need, access.tenantId(), access.user().requireId()));
    }

    @DeleteMapping("/{needId}/endorsement")
    Mono<NeedView> withdrawEndorsement(ProcurementAccess access, @PathVariable String needId) {
        return act(access, needId, need -> new WithdrawEndorsementNeedCommand(need, access.tenantId(), access.user().requireId()));
    }

    @PostMapping("/{needId}/accept")
    Mono<NeedView> accept(ProcurementAccess access, @PathVariable String needId) {
        access.requireBuyer();
        return act(access, needId, need -> new AcceptNeedCommand(need, access.tenantId()));
    }

    @PostMapping("/{needId}/reject")
    Mono<NeedView> reject(ProcurementAccess access, @PathVariable String needId, @Valid @RequestBody RejectRequest request) {
        access.requireBuyer();
        return act(access, needId, need -> new RejectNeedCommand(need, access.tenantId(), request.reason()));
    }

    @PostMapping("/{needId}/merge")
    Mono<NeedView> merge(ProcurementAccess access, @PathVariable String needId, @Valid @RequestBody MergeRequest request) {
        access.requireBuyer();
        return Blocking.call(() -> {
                    NeedView target = workspace.needs(access).stream()
                            .filter(n -> n.id().equals(request.into())).findFirst()
                            .orElseThrow(() -> new InvalidInputException("need.merge-target", "into",
                                    "A need can only be merged into another need of the same procurement."));
                    if (!target.status().open()) {
                        throw new InvalidInputException("need.merge-target-closed", "into",
                                "The need to merge into was rejected or merged itself.");
                    }
                    return target;
                })
                .then(act(access, needId, need -> new MergeNeedCommand(need, access.tenantId(), NeedId.of(request.into()))));
    }

    @GetMapping("/{needId}/history")
    Mono<List<HistoryEntry>> history(ProcurementAccess access, @PathVariable String needId) {
        return Blocking.call(() -> {
            NeedView need = workspace.need(access, needId);
            return history.of(need.id(), workspace.names(access.tenantId()));
        });
    }

    private Mono<NeedView> act(ProcurementAccess access, String needId, Function<NeedId, Object> command) {
        return Blocking.call(() -> workspace.need(access, needId))
                .flatMap(need -> commands.send(command.apply(NeedId.of(need.id())), access.user())
                        .then(Blocking.call(() -> workspace.need(access, needId))));
    }

    private void validate(NeedContent content) {
        processMap.requirePerspective(content.perspective(), "perspective");
        processMap.requireProcess(content.schoolProcess(), "schoolProcess");
    }

    record BenefitRequest(@Size(max = 2000) String description, @Size(max = 500) String indicator,
                          @DecimalMin("-1000000000") @DecimalMax("1000000000") BigDecimal baseline,
                          @DecimalMin("-1000000000") @DecimalMax("1000000000") BigDecimal target,
                          @Size(max = 100) String unit) {
        Benefit toBenefit() {
            return new Benefit(blankToNull(description), blankToNull(indicator), baseline, target, blankToNull(unit));
        }
    }

    record NeedRequest(@NotBlank @Size(max = 2000) String statement,
                       @NotBlank @Size(max = 64) String perspective,
                       @NotBlank @Size(max = 64) String schoolProcess,
                       @NotNull Priority priority,
                       @Size(max = 500) String steeringDocument,
                       @Valid BenefitRequest benefit) {
        NeedContent toContent() {
            return new NeedContent(statement.strip(), perspective, schoolProcess, priority, blankToNull(steeringDocument),
                    benefit == null ? null : benefit.toBenefit());
        }
    }

    /** Only the fields present change; an absent field keeps its value. */
    record Changes(@Size(min = 1, max = 2000) String statement,
                   @Size(min = 1, max = 64) String perspective,
                   @Size(min = 1, max = 64) String schoolProcess,
                   Priority priority,
                   @Size(max = 500) String steeringDocument,
                   @Valid BenefitRequest benefit) {

        Set<NeedField> fields() {
            Set<NeedField> fields = EnumSet.noneOf(NeedField.class);
            Map.of(NeedField.STATEMENT, statement != null, NeedField.PERSPECTIVE, perspective != null,
                            NeedField.SCHOOL_PROCESS, schoolProcess != null, NeedField.PRIORITY, priority != null,
                            NeedField.STEERING_DOCUMENT, steeringDocument != null, NeedField.BENEFIT, benefit != null)
                    .forEach((field, present) -> {
                        if (present) {
                            fields.add(field);
                        }
                    });
            return fields;
        }

        NeedContent applyTo(NeedView current) {
            if (statement != null && statement.isBlank()) {
                throw new InvalidInputException("need.statement-blank", "statement", "A need must say something.");
            }
            return new NeedContent(
                    statement != null ? statement.strip() : current.statement(),
                    perspective != null ? perspective : current.perspective(),
                    schoolProcess != null ? schoolProcess : current.schoolProcess(),
                    priority != null ? priority : current.priority(),
                    steeringDocument != null ? blankToNull(steeringDocument) : current.steeringDocument(),
                    benefit != null ? benefit.toBenefit() : current.benefit());
        }
    }

    record EditRequest(@NotNull @Positive Long baseVersion, @NotNull @Valid Changes changes) {
    }

    record RejectRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record MergeRequest(@NotBlank @Size(max = 64) String into) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
