package se.inkopsstod.outcomes.followup;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.shared.CurrentUser;

import java.util.List;

/**
 * The Uppföljning page's list: the caller's own procurements (those every route of a procurement
 * would let them into) that are implemented or later, each with its follow-up and the caller's survey.
 */
@RestController
class FollowUpListController {

    private final FollowUpService followUp;

    FollowUpListController(FollowUpService followUp) {
        this.followUp = followUp;
    }

    @GetMapping("/api/follow-ups")
    Mono<List<FollowUpLine>> list(CurrentUser user) {
        return followUp.list(user);
    }
}
