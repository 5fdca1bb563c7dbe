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
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.CreateRequirementCommand;
import se.inkopsstod.procurement.api.EditRequirementCommand;
import se.inkopsstod.procurement.api.HistoryEntry;
import se.inkopsstod.procurement.api.NeedView;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.api.RequirementContent;
import se.inkopsstod.procurement.api.RequirementField;
import se.inkopsstod.procurement.api.RequirementKind;
import se.inkopsstod.procurement.api.RequirementView;
import se.inkopsstod.procurement.api.TemplateRef;
import se.inkopsstod.procurement.api.TemplateView;
import se.inkopsstod.procurement.api.TraceView;
import se.inkopsstod.procurement.coediting.ItemHistory;
import se.inkopsstod.procurement.library.Library;
import se.inkopsstod.procurement.need.NeedQueries;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.RequirementId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TemplateId;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A procurement's requirements, written by buyers from needs or library templates, and the trace between them. */
@RestController
@RequestMapping("/api/procurements/{procurementId}")
class RequirementController {

    private final Workspace workspace;
    private final Requirements requirements;
    private final Library library;
    private final Commands commands;
    private final ItemHistory history;
    private final VendorAccess vendors;
    private final NeedQueries needQueries;

    RequirementController(Workspace workspace, Requirements requirements, Library library, Commands commands, ItemHistory history,
                          VendorAccess vendors, NeedQueries needQueries) {
        this.needQueries = needQueries;
        this.vendors = vendors;
        this.workspace = workspace;
        this.requirements = requirements;
        this.library = library;
        this.commands = commands;
        this.history = history;
    }

    @GetMapping("/requirements")
    Mono<List<RequirementView>> list(ProcurementAccess access) {
        return Blocking.call(() -> requirements.of(access, workspace.names(access.tenantId())));
    }

    @GetMapping("/requirements/{requirementId}")
    Mono<RequirementView> one(ProcurementAccess access, @PathVariable String requirementId) {
        return Blocking.call(() -> requirements.one(access, requirementId, workspace.names(access.tenantId())));
    }

    /** From needs (text, kind, …) or from a library template ({@code templateId}; the other fields then default to it). */
    @PostMapping("/requirements")
    Mono<ResponseEntity<RequirementView>> create(ProcurementAccess access, @Valid @RequestBody CreateRequest request) {
        CurrentUser user = access.requireBuyer().user();
        RequirementId id = RequirementId.random();
        return Blocking.call(() -> {
                    ProcurementId procurement = access.procurementId();
                    vendors.requireNotPublished(procurement);
                    Set<NeedId> needs = needsOf(access, request.needIds());
                    TemplateRef template = null;
                    RequirementContent content;
                    if (request.templateId() != null) {
                        TemplateView t = library.template(request.templateId());
                        if (t.retired()) {
                            throw new ConflictException("template.retired", "That template is retired; pick a current one.");
                        }
                        template = new TemplateRef(TemplateId.of(t.id()), t.revision());
                        RequirementKind kind = request.kind() != null ? request.kind() : t.kind();
                        content = new RequirementContent(request.text() != null ? request.text().strip() : t.text(), kind,
                                kind == RequirementKind.EVALUATED ? (request.weight() != null ? request.weight() : t.defaultWeight()) : null,
                                request.category() != null ? request.category() : t.category(),
                                request.verificationMethod() != null ? request.verificationMethod() : t.verificationMethod(), needs);
                    } else {
                        if (request.text() == null || request.kind() == null || request.category() == null) {
                            throw new InvalidInputException("requirement.incomplete", request.text() == null ? "text"
                                    : request.kind() == null ? "kind" : "category",
                                    "A requirement needs a text, a kind and a category, or a library template.");
                        }
                        content = new RequirementContent(request.text().strip(), request.kind(), request.weight(),
                                request.category(), request.verificationMethod(), needs);
                    }
                    return new CreateRequirementCommand(id, access.tenantId(), procurement, content, template, user.requireId());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> requirements.one(access, id.value(), workspace.names(access.tenantId()))))
                .map(r -> ResponseEntity.created(URI.create("/api/procurements/" + access.procurementId().value()
                        + "/requirements/" + r.id())).body(r));
    }

    @PatchMapping("/requirements/{requirementId}")
    Mono<RequirementView> edit(ProcurementAccess access, @PathVariable String requirementId,
                               @Valid @RequestBody EditRequest request) {
        CurrentUser user = access.requireBuyer().user();
        return Blocking.call(() -> {
                    RequirementView current = requirements.one(access, requirementId, Map.of());
                    vendors.requireNotPublished(access.procurementId());
                    Changes changes = request.changes();
                    Set<NeedId> needs = changes.needIds() == null ? ids(current.needIds()) : needsOf(access, changes.needIds());
                    RequirementContent wanted = new RequirementContent(
                            changes.text() != null ? changes.text().strip() : current.text(),
                            changes.kind() != null ? changes.kind() : current.kind(),
                            changes.weight() != null ? changes.weight() : current.weight(),
                            changes.category() != null ? changes.category() : current.category(),
                            changes.verificationMethod() != null ? changes.verificationMethod() : current.verificationMethod(),
                            needs);
                    return new EditRequirementCommand(RequirementId.of(current.id()), access.tenantId(), request.baseVersion(),
                            wanted, changes.fields(), user.requireId(), user.name());
                })
                .flatMap(command -> commands.send(command, user))
                .onErrorResume(EditConflictException.class, conflict -> Blocking.call(() -> requirements.one(access,
                        requirementId, workspace.names(access.tenantId())))
                        .flatMap(now -> Mono.error(conflict.withCurrent(now))))
                .then(Blocking.call(() -> requirements.one(access, requirementId, workspace.names(access.tenantId()))));
    }

    @GetMapping("/requirements/{requirementId}/history")
    Mono<List<HistoryEntry>> history(ProcurementAccess access, @PathVariable String requirementId) {
        return Blocking.call(() -> {
            RequirementView requirement = requirements.one(access, requirementId, Map.of());
            return history.of(requirement.id(), workspace.names(access.tenantId()));
        });
    }

    @GetMapping("/trace")
    Mono<TraceView> trace(ProcurementAccess access) {
        return Blocking.call(() -> {
            List<NeedView> needs = needQueries.needs(access).stream().filter(n -> n.status().open()).toList();
            List<RequirementView> reqs = requirements.of(access, Map.of());
            Map<String, List<String>> byNeed = reqs.stream().flatMap(r -> r.needIds().stream().map(n -> Map.entry(n, r.id())))
                    .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            List<TraceView.NeedTrace> needTraces = needs.stream()
                    .map(n -> new TraceView.NeedTrace(n.id(), n.statement(), n.status(), byNeed.getOrDefault(n.id(), List.of())))
                    .toList();
            List<TraceView.RequirementTrace> requirementTraces = reqs.stream()
                    .map(r -> new TraceView.RequirementTrace(r.id(), r.text(), r.kind(), r.needIds())).toList();
            return new TraceView(needTraces, requirementTraces,
                    needTraces.stream().filter(n -> n.requirementIds().isEmpty()).map(TraceView.NeedTrace::id).toList(),
                    requirementTraces.stream().filter(r -> r.needIds().isEmpty()).map(TraceView.RequirementTrace::id).toList());
        });
    }

    /** Needs a requirement may serve: open needs of this same procurement. */
    private Set<NeedId> needsOf(ProcurementAccess access, Set<String> needIds) {
        if (needIds == null || needIds.isEmpty()) {
            return Set.of();
        }
        Set<String> open = needQueries.needs(access).stream().filter(n -> n.status().open()).map(NeedView::id)
                .collect(Collectors.toSet());
        if (!open.containsAll(needIds)) {
            throw new InvalidInputException("requirement.unknown-need", "needIds",
                    "A requirement can only serve open needs of the same procurement.");
        }
        return ids(needIds);
    }

    private static Set<NeedId> ids(java.util.Collection<String> ids) {
        return ids.stream().map(NeedId::of).collect(Collectors.toSet());
    }

    record CreateRequest(@Size(max = 64) String templateId, @Size(min = 1, max = 4000) String text, RequirementKind kind,
                         @Min(1) @Max(100) Integer weight, RequirementCategory category,
                         @Size(max = 1000) String verificationMethod,
                         @Size(max = 200) Set<@NotBlank @Size(max = 64) String> needIds) {
    }

    /** Only the fields present change. */
    record Changes(@Size(min = 1, max = 4000) String text, RequirementKind kind, @Min(1) @Max(100) Integer weight,
                   RequirementCategory category, @Size(max = 1000) String verificationMethod,
                   @Size(max = 200) Set<@NotBlank @Size(max = 64) String> needIds) {

        Set<RequirementField> fields() {
            Set<RequirementField> fields = EnumSet.noneOf(RequirementField.class);
            if (text != null) fields.add(RequirementField.TEXT);
            if (kind != null) fields.add(RequirementField.KIND);
            if (weight != null) fields.add(RequirementField.WEIGHT);
            if (category != null) fields.add(RequirementField.CATEGORY);
            if (verificationMethod != null) fields.add(RequirementField.VERIFICATION_METHOD);
            if (needIds != null) fields.add(RequirementField.NEEDS);
            return fields;
        }
    }

    record EditRequest(@NotNull @Positive Long baseVersion, @NotNull @Valid Changes changes) {
    }
}
