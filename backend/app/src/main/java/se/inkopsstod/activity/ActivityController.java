package se.inkopsstod.activity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.shared.CurrentUser;

import java.util.List;

/** The caller's own tenant's recent activity, newest first, as {@link TenantActivity} lets the caller see it. */
@RestController
class ActivityController {

    private final TenantActivity activity;

    ActivityController(TenantActivity activity) {
        this.activity = activity;
    }

    @GetMapping("/api/tenant/activity")
    Mono<List<ActivityEntry>> activity(CurrentUser user) {
        return activity.recent(user);
    }
}
