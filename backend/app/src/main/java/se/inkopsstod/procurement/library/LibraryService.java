package se.inkopsstod.procurement.library;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.model.TemplateView;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TemplateId;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The shared requirement library: every tenant's people search it; association staff curate it. */
@Service
class LibraryService {

    private final Library library;
    private final Commands commands;

    LibraryService(Library library, Commands commands) {
        this.library = library;
        this.commands = commands;
    }

    Mono<List<TemplateView>> search(CurrentUser user, String query, RequirementCategory category, RequirementKind kind,
                                    String process, boolean includeRetired) {
        user.require(Role.TENANT_ADMIN, Role.BUYER, Role.USER, Role.ASSOCIATION_STAFF);
        return Blocking.call(() -> library.search(query, category, kind, process, includeRetired));
    }

    Mono<TemplateView> template(CurrentUser user, String templateId) {
        user.require(Role.TENANT_ADMIN, Role.BUYER, Role.USER, Role.ASSOCIATION_STAFF);
        return Blocking.call(() -> library.template(templateId));
    }

    Mono<TemplateView> create(CurrentUser user, TemplateContent content) {
        user.require(Role.ASSOCIATION_STAFF);
        TemplateId id = TemplateId.random();
        return commands.send(new CreateTemplateCommand(id, key(content.titleSv()), content), user)
                .then(Blocking.call(() -> library.template(id.value())));
    }

    Mono<TemplateView> revise(CurrentUser user, String templateId, TemplateContent content) {
        user.require(Role.ASSOCIATION_STAFF);
        return Blocking.call(() -> library.template(templateId))
                .flatMap(t -> commands.send(new ReviseTemplateCommand(TemplateId.of(t.id()), content), user))
                .then(Blocking.call(() -> library.template(templateId)));
    }

    Mono<TemplateView> retire(CurrentUser user, String templateId, String reason) {
        user.require(Role.ASSOCIATION_STAFF);
        return Blocking.call(() -> library.template(templateId))
                .flatMap(t -> commands.send(new RetireTemplateCommand(TemplateId.of(t.id()), reason), user))
                .then(Blocking.call(() -> library.template(templateId)));
    }

    /** A readable, unique key from the Swedish title. */
    static String key(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.length() > 60 ? slug.substring(0, 60) : slug) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
