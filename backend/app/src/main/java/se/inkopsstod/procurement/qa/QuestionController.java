package se.inkopsstod.procurement.qa;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.HistoryEntry;

import java.net.URI;
import java.util.List;

/**
 * Questions and answers, the buyer's team's side: every question with who asked, drafting the
 * answers together (co-edited like requirements), clarifications, and publishing to all
 * invited vendors at once.
 */
@RestController
@RequestMapping("/api/procurements/{procurementId}/questions")
class QuestionController {

    private final QuestionService questions;

    QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    @GetMapping
    Mono<List<QuestionView>> list(ProcurementAccess access) {
        return questions.list(access);
    }

    /** A clarification no question prompted: its topic now, the text as an answer, then published like one. */
    @PostMapping
    Mono<ResponseEntity<QuestionView>> clarify(ProcurementAccess access,
                                               @Valid @RequestBody ClarificationRequest request) {
        return questions.clarify(access, request.text())
                .map(view -> ResponseEntity.created(URI.create("/api/procurements/" + access.procurementId().value()
                        + "/questions/" + view.id())).body(view));
    }

    @GetMapping("/{questionId}")
    Mono<QuestionView> get(ProcurementAccess access, @PathVariable String questionId) {
        return questions.get(access, questionId);
    }

    @PatchMapping("/{questionId}")
    Mono<QuestionView> edit(ProcurementAccess access, @PathVariable String questionId,
                            @Valid @RequestBody EditRequest request) {
        return questions.edit(access, questionId, request.baseVersion(), request.changes().question(),
                request.changes().answer());
    }

    /** Publishes the question (as drafted) and its answer to every invited vendor at the same moment. */
    @PostMapping("/{questionId}/publish")
    Mono<QuestionView> publish(ProcurementAccess access, @PathVariable String questionId,
                               @Valid @RequestBody(required = false) PublishRequest request) {
        return questions.publish(access, questionId, request == null ? null : request.identityReason());
    }

    @GetMapping("/{questionId}/history")
    Mono<List<HistoryEntry>> history(ProcurementAccess access, @PathVariable String questionId) {
        return questions.history(access, questionId);
    }

    /** {@code identityReason}: why the text does not give the asker away, when the identity check found something. */
    record PublishRequest(@Size(max = 1000) String identityReason) {
    }

    record ClarificationRequest(@NotBlank @Size(max = 4000) String text) {
    }

    record Changes(@Size(min = 1, max = 4000) String question, @Size(max = 4000) String answer) {
    }

    record EditRequest(@NotNull @Positive Long baseVersion, @NotNull @Valid Changes changes) {
    }
}
