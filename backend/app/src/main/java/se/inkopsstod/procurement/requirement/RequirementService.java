package se.inkopsstod.procurement.requirement;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.LegacyRequirementNumbers;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.HistoryEntry;
import se.inkopsstod.procurement.model.NeedView;
import se.inkopsstod.procurement.model.NumberRequirementCommand;
import se.inkopsstod.procurement.model.RequirementContent;
import se.inkopsstod.procurement.model.TemplateRef;
import se.inkopsstod.procurement.model.TemplateView;
import se.inkopsstod.procurement.coediting.ItemHistory;
import se.inkopsstod.procurement.library.Library;
import se.inkopsstod.procurement.need.NeedQueries;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.RequirementId;
import se.inkopsstod.shared.TemplateId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A procurement's requirements: buyers write them from needs or library templates until the tender
 * is published; everyone on the team reads them and the trace between needs and requirements.
 * Public for the spreadsheets ({@code procurement.spreadsheet}), which read the list and import
 * many drafts at once with the very rules of a single create; the rest stays package-private.
 */
@Service
public class RequirementService {

    private final Requirements requirements;
    private final NeedQueries needs;
    private final Workspace workspace;
    private final Library library;
    private final VendorAccess vendors;
    private final Commands commands;
    private final ItemHistory history;
    private final LegacyRequirementNumbers legacyNumbers;

    private final Validator validator;

    RequirementService(Requirements requirements, NeedQueries needs, Workspace workspace, Library library,
                       VendorAccess vendors, Commands commands, ItemHistory history, LegacyRequirementNumbers legacyNumbers,
                       Validator validator) {
        this.validator = validator;
        this.requirements = requirements;
        this.needs = needs;
        this.workspace = workspace;
        this.library = library;
        this.vendors = vendors;
        this.commands = commands;
        this.history = history;
        this.legacyNumbers = legacyNumbers;
    }

    public Mono<List<RequirementView>> list(ProcurementAccess access) {
        return Blocking.call(() -> requirements.of(access, workspace.names(access.tenantId())));
    }

    Mono<RequirementView> one(ProcurementAccess access, String requirementId) {
        return Blocking.call(() -> requirements.one(access, requirementId, workspace.names(access.tenantId())));
    }

    /**
     * From the draft alone, or from a library template ({@code templateId} not null) that fills in
     * what the draft leaves out. The procurement numbers it first; the draft is checked before, so
     * a number is only skipped if writing fails after that.
     */
    Mono<RequirementView> create(ProcurementAccess access, String templateId, RequirementDraft draft) {
        CurrentUser user = access.requireBuyer().user();
        RequirementId id = RequirementId.random();
        return Blocking.call(() -> {
                    vendors.requireNotPublished(access.procurementId());
                    Set<NeedId> served = served(access, draft.needIds());
                    TemplateRef template = null;
                    RequirementContent content;
                    if (templateId != null) {
                        TemplateView t = library.template(templateId);
                        content = RequirementDrafts.fromTemplate(t, draft, served);
                        template = new TemplateRef(TemplateId.of(t.id()), t.revision());
                    } else {
                        content = RequirementDrafts.fromRequest(draft, served);
                    }
                    Requirement.requireValid(content);
                    return new Written(content, template, legacyNumbers.numberedBefore(access.procurementId()));
                })
                .flatMap(written -> commands.<Integer>send(new NumberRequirementCommand(access.procurementId(), access.tenantId(), id,
                                written.numberedBefore()), user)
                        .flatMap(number -> commands.send(new CreateRequirementCommand(id, access.tenantId(), access.procurementId(),
                                number, written.content(), written.template(), user.requireId()), user)))
                .then(one(access, id.value()));
    }

    /**
     * What is wrong with each of many drafts written from scratch (no template), checked with the
     * rules of {@link #create}: the request's field constraints, then the requirement's own rules
     * and the needs it serves. Nothing is written. Only a buyer, and only before publication.
     *
     * @return one problem per wrong field, naming the draft by its index in {@code drafts}; empty when all are fine
     */
    public Mono<List<DraftProblem>> problems(ProcurementAccess access, List<RequirementDraft> drafts) {
        access.requireBuyer();
        return Blocking.call(() -> {
            vendors.requireNotPublished(access.procurementId());
            Set<String> open = openNeedIds(access);
            List<DraftProblem> problems = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                problems.addAll(problems(i, drafts.get(i), open));
            }
            return problems;
        });
    }

    private List<DraftProblem> problems(int index, RequirementDraft draft, Set<String> openNeeds) {
        RequirementController.CreateRequest request = new RequirementController.CreateRequest(null, draft.text(), draft.kind(),
                draft.weight(), draft.category(), draft.verificationMethod(), draft.needIds());
        Map<String, DraftProblem> byField = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().iterator().next().getName();
            byField.putIfAbsent(field, new DraftProblem(index, field, constraintMessage(field, violation)));
        }
        if (!byField.isEmpty()) {
            return List.copyOf(byField.values());
        }
        try {
            Set<NeedId> served = draft.needIds() == null ? Set.of() : ServedNeeds.among(draft.needIds(), openNeeds);
            Requirement.requireValid(RequirementDrafts.fromRequest(draft, served));
            return List.of();
        } catch (InvalidInputException e) {
            // a draft in a batch has no template to fall back on: say only what it lacks
            String message = e.code().equals("requirement.incomplete") ? "A requirement needs a text, a kind and a category."
                    : e.getMessage();
            return List.of(new DraftProblem(index, e.field(), message));
        }
    }

    /** Bean validation's own wording ("must be less than or equal to 100") made into a sentence about the field. */
    private static String constraintMessage(String field, ConstraintViolation<?> violation) {
        return switch (field) {
            case "text" -> "A requirement's text has 1 to 4000 characters.";
            case "weight" -> "The weight is a whole number from 1 to 100.";
            case "verificationMethod" -> "The verification method has at most 1000 characters.";
            case "needIds" -> "A requirement serves at most 200 needs.";
            default -> violation.getMessage();
        };
    }

    /**
     * Creates the drafts one after the other, in order, each numbered as it is created (so they get
     * the next numbers, K{n+1}, K{n+2}, …). The caller checks them first with {@link #problems}.
     */
    public Mono<List<RequirementView>> createAll(ProcurementAccess access, List<RequirementDraft> drafts) {
        access.requireBuyer();
        return Flux.fromIterable(drafts).concatMap(draft -> create(access, null, draft)).collectList();
    }

    /** A draft's problem: the index of the draft, the field (as the JSON request names it) and what is wrong. */
    public record DraftProblem(int index, String field, String message) {
    }

    /** The requirement as it will be written, and how many its procurement numbered before numbers were in events. */
    private record Written(RequirementContent content, TemplateRef template, int numberedBefore) {
    }

    /** A field someone else changed since {@code baseVersion} fails with the conflict and the requirement as it is now. */
    Mono<RequirementView> edit(ProcurementAccess access, String requirementId, long baseVersion, RequirementDraft changes) {
        CurrentUser user = access.requireBuyer().user();
        return Blocking.call(() -> {
                    RequirementView current = requirements.one(access, requirementId, Map.of());
                    vendors.requireNotPublished(access.procurementId());
                    Set<NeedId> served = changes.needIds() == null
                            ? current.needIds().stream().map(NeedId::of).collect(Collectors.toSet())
                            : served(access, changes.needIds());
                    return new EditRequirementCommand(RequirementId.of(current.id()), access.tenantId(), baseVersion,
                            RequirementDrafts.edited(current, changes, served), changes.fields(), user.requireId(), user.name());
                })
                .flatMap(command -> commands.send(command, user))
                .onErrorResume(EditConflictException.class, conflict -> one(access, requirementId)
                        .flatMap(now -> Mono.error(conflict.withCurrent(now))))
                .then(one(access, requirementId));
    }

    Mono<List<HistoryEntry>> history(ProcurementAccess access, String requirementId) {
        return Blocking.call(() -> {
            RequirementView requirement = requirements.one(access, requirementId, Map.of());
            return history.of(requirement.id(), workspace.names(access.tenantId()));
        });
    }

    /** Which open need is served by which requirement, and which of either have nothing on the other side. */
    Mono<TraceView> trace(ProcurementAccess access) {
        return Blocking.call(() -> {
            List<NeedView> open = needs.needs(access).stream().filter(n -> n.status().open()).toList();
            List<RequirementView> reqs = requirements.of(access, Map.of());
            Map<String, List<String>> byNeed = reqs.stream().flatMap(r -> r.needIds().stream().map(n -> Map.entry(n, r.id())))
                    .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            List<TraceView.NeedTrace> needTraces = open.stream()
                    .map(n -> new TraceView.NeedTrace(n.id(), n.statement(), n.status(), byNeed.getOrDefault(n.id(), List.of())))
                    .toList();
            List<TraceView.RequirementTrace> requirementTraces = reqs.stream()
                    .map(r -> new TraceView.RequirementTrace(r.id(), r.number(), r.text(), r.kind(), r.needIds())).toList();
            return new TraceView(needTraces, requirementTraces,
                    needTraces.stream().filter(n -> n.requirementIds().isEmpty()).map(TraceView.NeedTrace::id).toList(),
                    requirementTraces.stream().filter(r -> r.needIds().isEmpty()).map(TraceView.RequirementTrace::id).toList());
        });
    }

    /** The needs named, checked against the procurement's open needs (read only when some are named). */
    private Set<NeedId> served(ProcurementAccess access, Set<String> needIds) {
        if (needIds == null || needIds.isEmpty()) {
            return Set.of();
        }
        return ServedNeeds.among(needIds, openNeedIds(access));
    }

    private Set<String> openNeedIds(ProcurementAccess access) {
        return needs.needs(access).stream().filter(n -> n.status().open()).map(NeedView::id).collect(Collectors.toSet());
    }
}
