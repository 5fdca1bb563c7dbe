package se.inkopsstod.outcomes.lesson;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.outcomes.api.ApproveLessonCommand;
import se.inkopsstod.outcomes.api.LessonCategory;
import se.inkopsstod.outcomes.api.RejectLessonCommand;
import se.inkopsstod.outcomes.api.ReviseLessonCommand;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.LessonId;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.Role;

import java.util.List;

/** Association staff's review queue: edit, approve or reject submitted lessons. Never shows which tenant wrote one. */
@RestController
@RequestMapping("/api/review/lessons")
class LessonReviewController {

    private final Lessons lessons;
    private final Commands commands;

    LessonReviewController(Lessons lessons, Commands commands) {
        this.lessons = lessons;
        this.commands = commands;
    }

    @GetMapping
    Mono<List<LessonView>> queue(CurrentUser user, @RequestParam(required = false) LessonView.Status status) {
        user.require(Role.ASSOCIATION_STAFF);
        return Blocking.call(() -> lessons.reviewQueue(status));
    }

    @PutMapping("/{lessonId}")
    Mono<LessonView> revise(CurrentUser user, @PathVariable String lessonId, @Valid @RequestBody ReviseRequest request) {
        return decide(user, lessonId, id -> new ReviseLessonCommand(id, request.whatWorked(), request.whatToChange(), request.category()));
    }

    @PostMapping("/{lessonId}/approve")
    Mono<LessonView> approve(CurrentUser user, @PathVariable String lessonId) {
        return decide(user, lessonId, ApproveLessonCommand::new);
    }

    @PostMapping("/{lessonId}/reject")
    Mono<LessonView> reject(CurrentUser user, @PathVariable String lessonId, @Valid @RequestBody RejectRequest request) {
        return decide(user, lessonId, id -> new RejectLessonCommand(id, request.reason()));
    }

    private Mono<LessonView> decide(CurrentUser user, String lessonId, java.util.function.Function<LessonId, Object> command) {
        user.require(Role.ASSOCIATION_STAFF);
        return Blocking.call(() -> lessons.forReview(lessonId).orElseThrow(() -> new NotFoundException("No lesson " + lessonId + ".")))
                .flatMap(found -> commands.send(command.apply(LessonId.of(found.id())), user))
                .then(Blocking.call(() -> lessons.forReview(lessonId).orElseThrow()));
    }

    record ReviseRequest(@Size(max = Lesson.MAX_TEXT) String whatWorked, @Size(max = Lesson.MAX_TEXT) String whatToChange,
                         @NotNull LessonCategory category) {
    }

    record RejectRequest(@Size(max = 2000) String reason) {
    }
}
