package se.inkopsstod.procurement.requirement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.HistoryEntry;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** A procurement's requirements, written by buyers from needs or library templates, and the trace between them. */
@RestController
@RequestMapping("/api/procurements/{procurementId}")
class RequirementController {

    private final RequirementService requirements;

    RequirementController(RequirementService requirements) {
        this.requirements = requirements;
    }

    @GetMapping("/requirements")
    Mono<List<RequirementView>> list(ProcurementAccess access) {
        return requirements.list(access);
    }

    @GetMapping("/requirements/{requirementId}")
    Mono<RequirementView> one(ProcurementAccess access, @PathVariable String requirementId) {
        return requirements.one(access, requirementId);
    }

    /** From needs (text, kind, …) or from a library template ({@code templateId}; the other fields then default to it). */
    @PostMapping("/requirements")
    Mono<ResponseEntity<RequirementView>> create(ProcurementAccess access, @Valid @RequestBody CreateRequest request) {
        return requirements.create(access, request.templateId(), request.toDraft())
                .map(r -> ResponseEntity.created(URI.create("/api/procurements/" + access.procurementId().value()
                        + "/requirements/" + r.id())).body(r));
    }

    @PatchMapping("/requirements/{requirementId}")
    Mono<RequirementView> edit(ProcurementAccess access, @PathVariable String requirementId,
                               @Valid @RequestBody EditRequest request) {
        return requirements.edit(access, requirementId, request.baseVersion(), request.changes().toDraft());
    }

    @GetMapping("/requirements/{requirementId}/history")
    Mono<List<HistoryEntry>> history(ProcurementAccess access, @PathVariable String requirementId) {
        return requirements.history(access, requirementId);
    }

    @GetMapping("/trace")
    Mono<TraceView> trace(ProcurementAccess access) {
        return requirements.trace(access);
    }

    record CreateRequest(@Size(max = 64) String templateId, @Size(min = 1, max = 4000) String text, RequirementKind kind,
                         @Min(1) @Max(100) Integer weight, RequirementCategory category,
                         @Size(max = 1000) String verificationMethod,
                         @Size(max = 200) Set<@NotBlank @Size(max = 64) String> needIds) {
        RequirementDraft toDraft() {
            return new RequirementDraft(text, kind, weight, category, verificationMethod, needIds);
        }
    }

    /** Only the fields present change. */
    record Changes(@Size(min = 1, max = 4000) String text, RequirementKind kind, @Min(1) @Max(100) Integer weight,
                   RequirementCategory category, @Size(max = 1000) String verificationMethod,
                   @Size(max = 200) Set<@NotBlank @Size(max = 64) String> needIds) {

        RequirementDraft toDraft() {
            return new RequirementDraft(text, kind, weight, category, verificationMethod, needIds);
        }
    }

    record EditRequest(@NotNull @Positive Long baseVersion, @NotNull @Valid Changes changes) {
    }
}
