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
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.CreateTemplateCommand;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.api.RequirementKind;
import se.inkopsstod.procurement.api.RetireTemplateCommand;
import se.inkopsstod.procurement.api.ReviseTemplateCommand;
import se.inkopsstod.procurement.api.TemplateContent;
import se.inkopsstod.procurement.api.TemplateView;
import se.inkopsstod.procurement.processmap.ProcessMap;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TemplateId;

import java.net.URI;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The shared requirement library: every tenant's buyers and users search it; association staff curate it. */
@RestController
@RequestMapping("/api/library/requirements")
class LibraryController {

    private final Library library;
    private final Commands commands;
    private final ProcessMap processMap;

    LibraryController(Library library, Commands commands, ProcessMap processMap) {
        this.library = library;
        this.commands = commands;
        this.processMap = processMap;
    }

    @GetMapping
    Mono<List<TemplateView>> search(CurrentUser user, @RequestParam(required = false) String q,
                                    @RequestParam(required = false) RequirementCategory category,
                                    @RequestParam(required = false) RequirementKind kind,
                                    @RequestParam(required = false) String process,
                                    @RequestParam(defaultValue = "false") boolean includeRetired) {
        user.require(Role.TENANT_ADMIN, Role.BUYER, Role.USER, Role.ASSOCIATION_STAFF);
        String query = q == null ? null : q.substring(0, Math.min(q.length(), 200));
        return Blocking.call(() -> library.search(query, category, kind, process, includeRetired));
    }

    @GetMapping("/{templateId}")
    Mono<TemplateView> template(CurrentUser user, @PathVariable String templateId) {
        user.require(Role.TENANT_ADMIN, Role.BUYER, Role.USER, Role.ASSOCIATION_STAFF);
        return Blocking.call(() -> library.template(templateId));
    }

    @PostMapping
    Mono<ResponseEntity<TemplateView>> create(CurrentUser user, @Valid @RequestBody TemplateRequest request) {
        user.require(Role.ASSOCIATION_STAFF);
        TemplateContent content = request.toContent(processMap);
        TemplateId id = TemplateId.random();
        return commands.send(new CreateTemplateCommand(id, key(request.titleSv()), content), user)
                .then(Blocking.call(() -> library.template(id.value())))
                .map(t -> ResponseEntity.created(URI.create("/api/library/requirements/" + t.id())).body(t));
    }

    @PutMapping("/{templateId}")
    Mono<TemplateView> revise(CurrentUser user, @PathVariable String templateId, @Valid @RequestBody TemplateRequest request) {
        user.require(Role.ASSOCIATION_STAFF);
        TemplateContent content = request.toContent(processMap);
        return Blocking.call(() -> library.template(templateId))
                .flatMap(t -> commands.send(new ReviseTemplateCommand(TemplateId.of(t.id()), content), user))
                .then(Blocking.call(() -> library.template(templateId)));
    }

    @PostMapping("/{templateId}/retire")
    Mono<TemplateView> retire(CurrentUser user, @PathVariable String templateId, @Valid @RequestBody RetireRequest request) {
        user.require(Role.ASSOCIATION_STAFF);
        return Blocking.call(() -> library.template(templateId))
                .flatMap(t -> commands.send(new RetireTemplateCommand(TemplateId.of(t.id()), request.reason()), user))
                .then(Blocking.call(() -> library.template(templateId)));
    }

    /** A readable, unique key from the Swedish title. */
    private static String key(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.length() > 60 ? slug.substring(0, 60) : slug) + "-" + UUID.randomUUID().toString().substring(0, 8);
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
