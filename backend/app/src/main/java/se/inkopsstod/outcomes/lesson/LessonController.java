package se.inkopsstod.outcomes.lesson;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.outcomes.api.LessonCategory;
import se.inkopsstod.shared.Role;
import se.inkopsstod.platform.web.RequiresRole;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.shared.CurrentUser;

import java.util.List;

/**
 * A tenant's lessons learned: buyers preview what anonymisation removes, edit, and submit; the
 * server anonymises again on submission, so only anonymised text is ever stored. Members see
 * their tenant's lessons with the review verdict.
 */
@RestController
class LessonController {

    private final LessonService lessons;

    LessonController(LessonService lessons) {
        this.lessons = lessons;
    }

    @GetMapping("/api/lessons")
    Mono<List<LessonView>> own(CurrentUser user) {
        return lessons.ofTenant(user);
    }

    /** What would leave the tenant: each text anonymised, with every removal marked by its place in the new text. */
    @RequiresRole({Role.BUYER})
    @PostMapping("/api/lessons/preview")
    Mono<LessonService.Preview> preview(CurrentUser user, @Valid @RequestBody PreviewRequest request) {
        return lessons.preview(user, request.whatWorked(), request.whatToChange());
    }

    @RequiresRole({Role.BUYER})
    @PostMapping("/api/lessons")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<LessonView> submit(CurrentUser user, @Valid @RequestBody SubmitRequest request) {
        return lessons.submit(user, new LessonService.Draft(request.procurementId(), request.whatWorked(),
                request.whatToChange(), request.category(), request.phase()));
    }

    /** A rejected lesson, edited and submitted for review again (anonymised again on the server). */
    @RequiresRole({Role.BUYER})
    @PutMapping("/api/lessons/{lessonId}")
    Mono<LessonView> resubmit(CurrentUser user, @PathVariable String lessonId, @Valid @RequestBody Mono<ResubmitRequest> request) {
        // another huvudman's lesson is not found, whatever the body: the body is read only after that
        return lessons.requireOwn(user, lessonId).then(request)
                .flatMap(r -> lessons.resubmit(user, lessonId, r.whatWorked(), r.whatToChange(), r.category()));
    }

    record ResubmitRequest(@Size(max = Lesson.MAX_TEXT) String whatWorked, @Size(max = Lesson.MAX_TEXT) String whatToChange,
                           @NotNull LessonCategory category) {
    }

    record PreviewRequest(@Size(max = Lesson.MAX_TEXT) String whatWorked, @Size(max = Lesson.MAX_TEXT) String whatToChange) {
    }

    record SubmitRequest(@Size(max = 64) String procurementId, @Size(max = Lesson.MAX_TEXT) String whatWorked,
                         @Size(max = Lesson.MAX_TEXT) String whatToChange, @NotNull LessonCategory category,
                         @NotNull Phase phase) {
    }
}
