package se.inkopsstod.outcomes.lesson;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.outcomes.anonymisation.AnonymisationContext;
import se.inkopsstod.outcomes.anonymisation.AnonymisedText;
import se.inkopsstod.outcomes.api.ApproveLessonCommand;
import se.inkopsstod.outcomes.api.LessonCategory;
import se.inkopsstod.outcomes.api.RejectLessonCommand;
import se.inkopsstod.outcomes.api.ResubmitLessonCommand;
import se.inkopsstod.outcomes.api.ReviseLessonCommand;
import se.inkopsstod.outcomes.api.SubmitLessonCommand;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementGate;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.LessonId;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;

import java.util.List;
import java.util.function.Function;

/**
 * Lessons learned: a tenant's buyers preview and submit them, anonymised again on the server so
 * only anonymised text is ever stored; association staff review them without learning which
 * tenant wrote one.
 */
@Service
class LessonService {

    private final TenantAnonymisation anonymisation;
    private final Lessons lessons;
    private final ProcurementGate gate;
    private final Commands commands;

    LessonService(TenantAnonymisation anonymisation, Lessons lessons, ProcurementGate gate, Commands commands) {
        this.anonymisation = anonymisation;
        this.lessons = lessons;
        this.gate = gate;
        this.commands = commands;
    }

    /** What a buyer writes: the procurement it is about is optional. */
    record Draft(String procurementId, String whatWorked, String whatToChange, LessonCategory category, Phase phase) {
    }

    /** Each text as it would leave the tenant, with every removal marked by its place in the new text. */
    record Preview(AnonymisedText whatWorked, AnonymisedText whatToChange) {
    }

    Mono<List<LessonView>> ofTenant(CurrentUser user) {
        user.requireId();
        return Blocking.call(() -> lessons.ofTenant(user.tenantId()));
    }

    Mono<Preview> preview(CurrentUser user, String whatWorked, String whatToChange) {
        user.require(Role.BUYER);
        return Blocking.call(() -> {
            AnonymisationContext context = anonymisation.contextOf(user.tenantId());
            return new Preview(anonymisation.anonymise(whatWorked, context), anonymisation.anonymise(whatToChange, context));
        });
    }

    /** A lesson about a procurement names one the buyer may see; the text is anonymised here, whatever the preview showed. */
    Mono<LessonView> submit(CurrentUser user, Draft draft) {
        user.require(Role.BUYER);
        LessonId id = LessonId.random();
        return Blocking.call(() -> {
                    ProcurementId procurement = null;
                    if (draft.procurementId() != null && !draft.procurementId().isBlank()) {
                        procurement = gate.member(user, draft.procurementId()).procurementId();
                    }
                    AnonymisationContext context = anonymisation.contextOf(user.tenantId());
                    return new SubmitLessonCommand(id, user.tenantId(), procurement,
                            anonymisation.anonymise(draft.whatWorked(), context).text(),
                            anonymisation.anonymise(draft.whatToChange(), context).text(), draft.category(), draft.phase(),
                            user.requireId());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> lessons.ofTenant(user.tenantId(), id.value()).orElseThrow()));
    }

    /**
     * A rejected lesson of the caller's own tenant, edited and submitted again; anonymised here
     * again, whatever the preview showed. Another tenant's lesson is not found.
     */
    /** Not found unless the lesson is the caller's own huvudman's. */
    Mono<Void> requireOwn(CurrentUser user, String lessonId) {
        user.require(Role.BUYER);
        return Blocking.call(() -> lessons.ofTenant(user.tenantId(), lessonId)
                .orElseThrow(() -> new NotFoundException("No such lesson.").withMessageKey("not-found.lesson"))).then();
    }

    Mono<LessonView> resubmit(CurrentUser user, String lessonId, String whatWorked, String whatToChange, LessonCategory category) {
        user.require(Role.BUYER);
        return Blocking.call(() -> {
                    LessonView own = lessons.ofTenant(user.tenantId(), lessonId)
                            .orElseThrow(() -> new NotFoundException("No such lesson.").withMessageKey("not-found.lesson"));
                    AnonymisationContext context = anonymisation.contextOf(user.tenantId());
                    return new ResubmitLessonCommand(LessonId.of(own.id()), user.tenantId(),
                            anonymisation.anonymise(whatWorked, context).text(),
                            anonymisation.anonymise(whatToChange, context).text(), category, user.requireId());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> lessons.ofTenant(user.tenantId(), lessonId).orElseThrow()));
    }

    /** Association staff's queue, optionally of one status. */
    Mono<List<LessonView>> reviewQueue(CurrentUser user, LessonView.Status status) {
        user.require(Role.ASSOCIATION_STAFF);
        return Blocking.call(() -> lessons.reviewQueue(status));
    }

    Mono<LessonView> revise(CurrentUser user, String lessonId, String whatWorked, String whatToChange, LessonCategory category) {
        return review(user, lessonId, id -> new ReviseLessonCommand(id, whatWorked, whatToChange, category));
    }

    Mono<LessonView> approve(CurrentUser user, String lessonId) {
        return review(user, lessonId, ApproveLessonCommand::new);
    }

    Mono<LessonView> reject(CurrentUser user, String lessonId, String reason) {
        return review(user, lessonId, id -> new RejectLessonCommand(id, reason));
    }

    private Mono<LessonView> review(CurrentUser user, String lessonId, Function<LessonId, Object> command) {
        user.require(Role.ASSOCIATION_STAFF);
        return Blocking.call(() -> lessons.forReview(lessonId).orElseThrow(() -> new NotFoundException("No lesson " + lessonId + ".").withMessageKey("not-found.lesson")))
                .flatMap(found -> commands.send(command.apply(LessonId.of(found.id())), user))
                .then(Blocking.call(() -> lessons.forReview(lessonId).orElseThrow()));
    }
}
