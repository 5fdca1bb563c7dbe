package se.inkopsstod.outcomes.lesson;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.outcomes.anonymisation.AnonymisationContext;
import se.inkopsstod.outcomes.anonymisation.AnonymisedText;
import se.inkopsstod.outcomes.api.LessonCategory;
import se.inkopsstod.outcomes.api.SubmitLessonCommand;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.access.ProcurementGate;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.LessonId;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;

import java.util.List;

/**
 * A tenant's lessons learned: buyers preview what anonymisation removes, edit, and submit; the
 * server anonymises again on submission, so only anonymised text is ever stored. Members see
 * their tenant's lessons with the review verdict.
 */
@RestController
class LessonController {

    private final TenantAnonymisation anonymisation;
    private final Lessons lessons;
    private final ProcurementGate gate;
    private final Commands commands;

    LessonController(TenantAnonymisation anonymisation, Lessons lessons, ProcurementGate gate, Commands commands) {
        this.anonymisation = anonymisation;
        this.lessons = lessons;
        this.gate = gate;
        this.commands = commands;
    }

    @GetMapping("/api/lessons")
    Mono<List<LessonView>> own(CurrentUser user) {
        user.requireId();
        return Blocking.call(() -> lessons.ofTenant(user.tenantId()));
    }

    /** What would leave the tenant: each text anonymised, with every removal marked by its place in the new text. */
    @PostMapping("/api/lessons/preview")
    Mono<Preview> preview(CurrentUser user, @Valid @RequestBody PreviewRequest request) {
        user.require(Role.BUYER);
        return Blocking.call(() -> {
            AnonymisationContext context = anonymisation.contextOf(user.tenantId());
            return new Preview(anonymisation.anonymise(request.whatWorked(), context),
                    anonymisation.anonymise(request.whatToChange(), context));
        });
    }

    @PostMapping("/api/lessons")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<LessonView> submit(CurrentUser user, @Valid @RequestBody SubmitRequest request) {
        user.require(Role.BUYER);
        LessonId id = LessonId.random();
        return Blocking.call(() -> {
                    ProcurementId procurement = null;
                    if (request.procurementId() != null && !request.procurementId().isBlank()) {
                        procurement = gate.member(user, request.procurementId()).procurementId();
                    }
                    AnonymisationContext context = anonymisation.contextOf(user.tenantId());
                    return new SubmitLessonCommand(id, user.tenantId(), procurement,
                            anonymisation.anonymise(request.whatWorked(), context).text(),
                            anonymisation.anonymise(request.whatToChange(), context).text(), request.category(), request.phase(),
                            user.requireId());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> lessons.ofTenant(user.tenantId(), id.value()).orElseThrow()));
    }

    record PreviewRequest(@Size(max = Lesson.MAX_TEXT) String whatWorked, @Size(max = Lesson.MAX_TEXT) String whatToChange) {
    }

    record Preview(AnonymisedText whatWorked, AnonymisedText whatToChange) {
    }

    record SubmitRequest(@Size(max = 64) String procurementId, @Size(max = Lesson.MAX_TEXT) String whatWorked,
                         @Size(max = Lesson.MAX_TEXT) String whatToChange, @NotNull LessonCategory category,
                         @NotNull Phase phase) {
    }
}
