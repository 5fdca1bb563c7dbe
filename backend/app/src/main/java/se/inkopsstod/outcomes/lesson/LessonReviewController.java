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
import se.inkopsstod.outcomes.api.LessonCategory;
import se.inkopsstod.shared.Role;
import se.inkopsstod.platform.web.RequiresRole;
import se.inkopsstod.shared.CurrentUser;

import java.util.List;

/** Association staff's review queue: edit, approve or reject submitted lessons. Never shows which tenant wrote one. */
@RestController
@RequestMapping("/api/review/lessons")
@RequiresRole({Role.ASSOCIATION_STAFF})
class LessonReviewController {

    private final LessonService lessons;

    LessonReviewController(LessonService lessons) {
        this.lessons = lessons;
    }

    @GetMapping
    Mono<List<LessonView>> queue(CurrentUser user, @RequestParam(required = false) LessonView.Status status) {
        return lessons.reviewQueue(user, status);
    }

    @PutMapping("/{lessonId}")
    Mono<LessonView> revise(CurrentUser user, @PathVariable String lessonId, @Valid @RequestBody ReviseRequest request) {
        return lessons.revise(user, lessonId, request.whatWorked(), request.whatToChange(), request.category());
    }

    @PostMapping("/{lessonId}/approve")
    Mono<LessonView> approve(CurrentUser user, @PathVariable String lessonId) {
        return lessons.approve(user, lessonId);
    }

    @PostMapping("/{lessonId}/reject")
    Mono<LessonView> reject(CurrentUser user, @PathVariable String lessonId, @Valid @RequestBody RejectRequest request) {
        return lessons.reject(user, lessonId, request.reason());
    }

    record ReviseRequest(@Size(max = Lesson.MAX_TEXT) String whatWorked, @Size(max = Lesson.MAX_TEXT) String whatToChange,
                         @NotNull LessonCategory category) {
    }

    record RejectRequest(@Size(max = 2000) String reason) {
    }
}
