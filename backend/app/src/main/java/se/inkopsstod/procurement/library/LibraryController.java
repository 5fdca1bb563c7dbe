package se.inkopsstod.procurement.library;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.platform.web.RequiresRole;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.model.TemplateView;
import se.inkopsstod.procurement.processmap.ProcessMap;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.Role;

import java.net.URI;
import java.util.List;

/** The shared requirement library: every tenant's buyers and users search it; association staff curate it. */
@RestController
@RequestMapping("/api/library/requirements")
class LibraryController {

    private final LibraryService library;
    private final ProcessMap processMap;

    LibraryController(LibraryService library, ProcessMap processMap) {
        this.library = library;
        this.processMap = processMap;
    }

    @GetMapping
    Mono<List<TemplateView>> search(CurrentUser user, @RequestParam(required = false) String q,
                                    @RequestParam(required = false) RequirementCategory category,
                                    @RequestParam(required = false) RequirementKind kind,
                                    @RequestParam(required = false) String process,
                                    @RequestParam(defaultValue = "false") boolean includeRetired) {
        String query = q == null ? null : q.substring(0, Math.min(q.length(), 200));
        return library.search(user, query, category, kind, process, includeRetired);
    }

    @GetMapping("/{templateId}")
    Mono<TemplateView> template(CurrentUser user, @PathVariable String templateId) {
        return library.template(user, templateId);
    }

    @RequiresRole({Role.ASSOCIATION_STAFF})
    @PostMapping
    Mono<ResponseEntity<TemplateView>> create(CurrentUser user, @Valid @RequestBody TemplateRequest request) {
        user.require(Role.ASSOCIATION_STAFF); // before the process map is asked about the body
        return library.create(user, request.toContent(processMap))
                .map(t -> ResponseEntity.created(URI.create("/api/library/requirements/" + t.id())).body(t));
    }

    @RequiresRole({Role.ASSOCIATION_STAFF})
    @PutMapping("/{templateId}")
    Mono<TemplateView> revise(CurrentUser user, @PathVariable String templateId, @Valid @RequestBody TemplateRequest request) {
        user.require(Role.ASSOCIATION_STAFF);
        return library.revise(user, templateId, request.toContent(processMap));
    }

    @RequiresRole({Role.ASSOCIATION_STAFF})
    @PostMapping("/{templateId}/retire")
    Mono<TemplateView> retire(CurrentUser user, @PathVariable String templateId, @Valid @RequestBody RetireRequest request) {
        return library.retire(user, templateId, request.reason());
    }

    record TemplateRequest(@NotBlank @Size(max = 300) String titleSv, @Size(max = 300) String titleEn,
                           @NotBlank @Size(max = 4000) String text, @NotNull RequirementKind kind, Integer defaultWeight,
                           @NotNull RequirementCategory category, @Size(max = 1000) String verificationMethod,
                           @Size(max = 20) List<@NotBlank @Size(max = 64) String> schoolProcesses,
                           @Size(max = 20) List<@NotBlank @Size(max = 100) String> references) {

        TemplateContent toContent(ProcessMap processMap) {
            if (schoolProcesses != null) {
                schoolProcesses.forEach(p -> processMap.requireProcess(p, "schoolProcesses"));
            }
            return new TemplateContent(titleSv.strip(), titleEn, text.strip(), kind, defaultWeight, category,
                    verificationMethod, schoolProcesses, references);
        }
    }

    record RetireRequest(@NotBlank @Size(max = 1000) String reason) {
    }
}
