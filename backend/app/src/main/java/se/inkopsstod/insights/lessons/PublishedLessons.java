package se.inkopsstod.insights.lessons;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.Role;

import java.util.List;

/** The approved lessons learned, for every tenant and association staff: search and filter by category. */
@RestController
class PublishedLessons {

    private final PublishedLessonSearch search;

    PublishedLessons(PublishedLessonSearch search) {
        this.search = search;
    }

    @GetMapping("/api/insights/lessons")
    Mono<List<PublishedLessonSearch.PublishedLesson>> lessons(CurrentUser user, @RequestParam(required = false) String q,
                                                              @RequestParam(required = false) String category) {
        user.require(Role.ASSOCIATION_STAFF, Role.BUYER, Role.USER, Role.TENANT_ADMIN);
        if (q != null && q.length() > 200) {
            throw new InvalidInputException("insights.query", "q", "At most 200 characters.");
        }
        return search.search(q, category);
    }
}
