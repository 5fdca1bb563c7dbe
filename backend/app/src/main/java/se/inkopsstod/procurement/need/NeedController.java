package se.inkopsstod.procurement.need;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
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
import se.inkopsstod.procurement.model.Benefit;
import se.inkopsstod.procurement.model.HistoryEntry;
import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedView;
import se.inkopsstod.procurement.model.Priority;
import se.inkopsstod.procurement.access.ProcurementAccess;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/** The needs of a procurement, for everyone who may see the procurement. */
@RestController
@RequestMapping("/api/procurements/{procurementId}/needs")
class NeedController {

    private final NeedService needs;

    NeedController(NeedService needs) {
        this.needs = needs;
    }

    @GetMapping
    Mono<List<NeedView>> needs(ProcurementAccess access) {
        return needs.needs(access);
    }

    @PostMapping
    Mono<ResponseEntity<NeedView>> propose(ProcurementAccess access, @Valid @RequestBody NeedRequest request) {
        return needs.propose(access, request.toContent())
                .map(need -> ResponseEntity.created(URI.create("/api/procurements/" + access.procurementId().value()
                        + "/needs/" + need.id())).body(need));
    }

    @GetMapping("/{needId}")
    Mono<NeedView> need(ProcurementAccess access, @PathVariable String needId) {
        return needs.need(access, needId);
    }

    /**
     * Changes the fields named in {@code changes}. The body says which version the editor saw;
     * a field someone else changed since is answered with 409 and both values.
     */
    @PatchMapping("/{needId}")
    Mono<NeedView> edit(ProcurementAccess access, @PathVariable String needId, @Valid @RequestBody EditRequest request) {
        return needs.edit(access, needId, request.baseVersion(), request.changes().toPatch());
    }

    @PutMapping("/{needId}/endorsement")
    Mono<NeedView> endorse(ProcurementAccess access, @PathVariable String needId) {
        return needs.endorse(access, needId);
    }

    @DeleteMapping("/{needId}/endorsement")
    Mono<NeedView> withdrawEndorsement(ProcurementAccess access, @PathVariable String needId) {
        return needs.withdrawEndorsement(access, needId);
    }

    @PostMapping("/{needId}/accept")
    Mono<NeedView> accept(ProcurementAccess access, @PathVariable String needId) {
        return needs.accept(access, needId);
    }

    @PostMapping("/{needId}/reject")
    Mono<NeedView> reject(ProcurementAccess access, @PathVariable String needId, @Valid @RequestBody RejectRequest request) {
        return needs.reject(access, needId, request.reason());
    }

    @PostMapping("/{needId}/merge")
    Mono<NeedView> merge(ProcurementAccess access, @PathVariable String needId, @Valid @RequestBody MergeRequest request) {
        return needs.merge(access, needId, request.into());
    }

    @GetMapping("/{needId}/history")
    Mono<List<HistoryEntry>> history(ProcurementAccess access, @PathVariable String needId) {
        return needs.history(access, needId);
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

        NeedPatch toPatch() {
            return new NeedPatch(statement, perspective, schoolProcess, priority, steeringDocument,
                    benefit == null ? null : benefit.toBenefit());
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
