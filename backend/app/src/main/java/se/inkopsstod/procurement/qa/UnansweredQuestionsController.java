package se.inkopsstod.procurement.qa;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.procurement.access.ProcurementGate;
import se.inkopsstod.procurement.api.ProcurementLine;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.ProcurementId;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The team's inbox of questions: every unpublished question in the procurements the caller may
 * enter (the gate's own list, so a teacher sees only their teams' and nobody another tenant's),
 * the day answers are due soonest first.
 */
@RestController
class UnansweredQuestionsController {

    private final ProcurementGate gate;
    private final QuestionsAndAnswers questions;
    private final VendorAccess vendors;
    private final Clock clock;

    UnansweredQuestionsController(ProcurementGate gate, QuestionsAndAnswers questions, VendorAccess vendors, Clock clock) {
        this.gate = gate;
        this.questions = questions;
        this.vendors = vendors;
        this.clock = clock;
    }

    @GetMapping("/api/questions/unanswered")
    Mono<List<UnansweredQuestionView>> unanswered(CurrentUser user) {
        return Blocking.call(() -> {
            Map<String, String> titles = gate.enterable(user).stream()
                    .collect(Collectors.toMap(ProcurementLine::procurementId, ProcurementLine::title, (a, b) -> a));
            return questions.unanswered(titles, id -> vendors.publication(ProcurementId.of(id)), clock.instant());
        });
    }
}
