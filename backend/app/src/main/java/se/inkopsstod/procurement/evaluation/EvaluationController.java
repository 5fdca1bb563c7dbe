package se.inkopsstod.procurement.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.DecideAwardCommand;
import se.inkopsstod.procurement.api.DisqualifyTenderCommand;
import se.inkopsstod.procurement.api.EvaluationView;
import se.inkopsstod.procurement.api.Publication;
import se.inkopsstod.procurement.api.RequirementKind;
import se.inkopsstod.procurement.api.ScoreTenderCommand;
import se.inkopsstod.procurement.api.VendorDecisionView;
import se.inkopsstod.procurement.api.VendorProcurementView;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.tender.TenderSeal;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Clock;

/**
 * Evaluating opened tenders: the team scores evaluated requirements, the buyer confirms
 * disqualifications and decides the award; afterwards each vendor sees the decision and its own
 * evaluation only.
 */
@RestController
class EvaluationController {

    private final Workspace workspace;
    private final VendorAccess vendors;
    private final Evaluations evaluations;
    private final Commands commands;
    private final Clock clock;

    EvaluationController(Workspace workspace, VendorAccess vendors, Evaluations evaluations, Commands commands, Clock clock) {
        this.workspace = workspace;
        this.vendors = vendors;
        this.evaluations = evaluations;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/api/procurements/{procurementId}/evaluation")
    Mono<EvaluationView> view(ProcurementAccess access) {
        return Blocking.call(() -> {
            ProcurementId procurement = access.requireMember().procurementId();
            return evaluations.of(procurement, opened(procurement));
        });
    }

    @PutMapping("/api/procurements/{procurementId}/evaluation/scores")
    Mono<EvaluationView> score(ProcurementAccess access, @Valid @RequestBody ScoreRequest request) {
        return Blocking.call(() -> {
                    ProcurementId procurement = access.requireMember().procurementId();
                    EvaluationView view = evaluations.of(procurement, opened(procurement));
                    requireTender(view, request.vendorOrganisationId());
                    boolean evaluated = vendors.published(procurement).stream().anyMatch(r ->
                            r.requirementId().equals(request.requirementId()) && r.kind() == RequirementKind.EVALUATED);
                    if (!evaluated) {
                        throw new InvalidInputException("evaluation.not-evaluated", "requirementId",
                                "Only evaluated requirements (bör-krav) of the published set are scored.");
                    }
                    return new ScoreTenderCommand(Evaluations.idOf(procurement), access.tenantId(), procurement,
                            VendorOrganisationId.of(request.vendorOrganisationId()), request.requirementId(), request.score(),
                            request.note(), access.user().requireId());
                })
                .flatMap(command -> commands.send(command, access.user()).thenReturn(command.procurementId()))
                .flatMap(procurement -> Blocking.call(() -> evaluations.of(procurement, opened(procurement))));
    }

    @PostMapping("/api/procurements/{procurementId}/evaluation/disqualifications")
    Mono<EvaluationView> disqualify(ProcurementAccess access,
                                    @Valid @RequestBody DisqualifyRequest request) {
        access.requireBuyer();
        return Blocking.call(() -> {
                    ProcurementId procurement = access.requireMember().procurementId();
                    EvaluationView.Row row = requireTender(evaluations.of(procurement, opened(procurement)), request.vendorOrganisationId());
                    if (row.failsMandatory().isEmpty()) {
                        throw new ConflictException("evaluation.meets-mandatory",
                                "This tender says it meets every mandatory requirement: it cannot be disqualified for that.");
                    }
                    return new DisqualifyTenderCommand(Evaluations.idOf(procurement), access.tenantId(), procurement,
                            VendorOrganisationId.of(request.vendorOrganisationId()), request.reason());
                })
                .flatMap(command -> commands.send(command, access.user()).thenReturn(command.procurementId()))
                .flatMap(procurement -> Blocking.call(() -> evaluations.of(procurement, opened(procurement))));
    }

    @PostMapping("/api/procurements/{procurementId}/evaluation/award")
    Mono<EvaluationView> award(ProcurementAccess access, @Valid @RequestBody AwardRequest request) {
        access.requireBuyer();
        return Blocking.call(() -> {
                    ProcurementId procurement = access.requireMember().procurementId();
                    requireTender(evaluations.of(procurement, opened(procurement)), request.vendorOrganisationId());
                    return new DecideAwardCommand(Evaluations.idOf(procurement), access.tenantId(), procurement,
                            VendorOrganisationId.of(request.vendorOrganisationId()), request.reasoning());
                })
                .flatMap(command -> commands.send(command, access.user()).thenReturn(command.procurementId()))
                .flatMap(procurement -> Blocking.call(() -> evaluations.of(procurement, opened(procurement))));
    }

    /** After the award: who won and why, and the caller's own evaluation. Nothing before it. */
    @GetMapping("/api/vendor/procurements/{procurementId}/decision")
    Mono<VendorDecisionView> decision(ProcurementAccess access) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        return Blocking.call(() -> {
            ProcurementId procurement = access.procurementId();
            EvaluationView view = evaluations.of(procurement, opened(procurement));
            if (view.award() == null) {
                throw new NotFoundException("The award is not decided yet.");
            }
            EvaluationView.Row own = view.rows().stream().filter(r -> r.vendorOrganisationId().equals(vendor.value()))
                    .findFirst().orElse(null);
            return new VendorDecisionView(view.award().winnerName(), view.award().winnerVendorOrganisationId().equals(vendor.value()),
                    view.award().reasoning(), view.award().decidedAt(), own != null && own.disqualified(),
                    own == null ? null : own.disqualificationReason(), own == null ? null : own.rank(),
                    own == null ? 0 : own.evaluationPriceSek(), own == null ? null : own.quality(),
                    own == null ? java.util.List.of() : own.scores());
        });
    }

    /** The publication, once its deadline has passed: before that the tenders are sealed. */
    private Publication opened(ProcurementId procurement) {
        return TenderSeal.requireOpen(vendors.publication(procurement), clock.instant());
    }

    private static EvaluationView.Row requireTender(EvaluationView view, String vendor) {
        return view.rows().stream().filter(r -> r.vendorOrganisationId().equals(vendor)).findFirst()
                .orElseThrow(() -> new InvalidInputException("evaluation.no-tender", "vendorOrganisationId",
                        "That vendor has no submitted tender."));
    }

    record ScoreRequest(@NotBlank @Size(max = 64) String vendorOrganisationId, @NotBlank @Size(max = 64) String requirementId,
                        @NotNull @Min(0) @Max(5) Integer score, @Size(max = 2000) String note) {
    }

    record DisqualifyRequest(@NotBlank @Size(max = 64) String vendorOrganisationId, @NotBlank @Size(max = 2000) String reason) {
    }

    record AwardRequest(@NotBlank @Size(max = 64) String vendorOrganisationId, @NotBlank @Size(max = 4000) String reasoning) {
    }
}
