package se.inkopsstod.procurement.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;

/**
 * Evaluating opened tenders: the team scores evaluated requirements, the buyer confirms
 * disqualifications and decides the award; afterwards each vendor sees the decision and its own
 * evaluation only.
 */
@RestController
class EvaluationController {

    private final EvaluationService evaluation;

    EvaluationController(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    @GetMapping("/api/procurements/{procurementId}/evaluation")
    Mono<EvaluationView> view(ProcurementAccess access) {
        return evaluation.view(access);
    }

    @PutMapping("/api/procurements/{procurementId}/evaluation/scores")
    Mono<EvaluationView> score(ProcurementAccess access, @Valid @RequestBody ScoreRequest request) {
        return evaluation.score(access, request.vendorOrganisationId(), request.requirementId(), request.score(), request.note());
    }

    @PostMapping("/api/procurements/{procurementId}/evaluation/disqualifications")
    Mono<EvaluationView> disqualify(ProcurementAccess access, @Valid @RequestBody DisqualifyRequest request) {
        return evaluation.disqualify(access, request.vendorOrganisationId(), request.reason());
    }

    @PostMapping("/api/procurements/{procurementId}/evaluation/award")
    Mono<EvaluationView> award(ProcurementAccess access, @Valid @RequestBody AwardRequest request) {
        return evaluation.award(access, request.vendorOrganisationId(), request.reasoning());
    }

    /** After the standstill period the buyer records the contract as signed; the procurement moves to implementation. */
    @PostMapping("/api/procurements/{procurementId}/evaluation/contract")
    Mono<EvaluationView> signContract(ProcurementAccess access) {
        return evaluation.signContract(access);
    }

    /** After the award: who won and why, and the caller's own evaluation. Nothing before it. */
    @GetMapping("/api/vendor/procurements/{procurementId}/decision")
    Mono<VendorDecisionView> decision(ProcurementAccess access) {
        return evaluation.decision(access);
    }

    record ScoreRequest(@NotBlank @Size(max = 64) String vendorOrganisationId, @NotBlank @Size(max = 64) String requirementId,
                        @NotNull @Min(0) @Max(5) Integer score, @Size(max = 2000) String note) {
    }

    record DisqualifyRequest(@NotBlank @Size(max = 64) String vendorOrganisationId, @NotBlank @Size(max = 2000) String reason) {
    }

    record AwardRequest(@NotBlank @Size(max = 64) String vendorOrganisationId, @NotBlank @Size(max = 4000) String reasoning) {
    }
}
