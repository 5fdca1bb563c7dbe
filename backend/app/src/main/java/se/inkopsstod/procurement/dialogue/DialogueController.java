package se.inkopsstod.procurement.dialogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;

/**
 * Market dialogue (a request for information) before the tender: the buyer shares the draft
 * requirement set and asks questions; each invited vendor comments and answers, for the buyer's
 * team only — vendors never see each other's contributions.
 */
@RestController
class DialogueController {

    private final DialogueService dialogue;

    DialogueController(DialogueService dialogue) {
        this.dialogue = dialogue;
    }

    @GetMapping("/api/procurements/{procurementId}/rfi")
    Mono<DialogueView> team(ProcurementAccess access) {
        return dialogue.forTeam(access);
    }

    /** Shares the requirements as they are now (round 1, 2 …); vendors comment until the tender is published. */
    @PostMapping("/api/procurements/{procurementId}/rfi/draft")
    Mono<DialogueView> share(ProcurementAccess access, @Valid @RequestBody ShareRequest request) {
        return dialogue.share(access, request.message());
    }

    @PostMapping("/api/procurements/{procurementId}/rfi/questions")
    Mono<DialogueView> ask(ProcurementAccess access, @Valid @RequestBody TextRequest request) {
        return dialogue.ask(access, request.text());
    }

    @GetMapping("/api/vendor/procurements/{procurementId}/rfi")
    Mono<DialogueView> vendor(ProcurementAccess access) {
        return dialogue.forVendor(access);
    }

    @PostMapping("/api/vendor/procurements/{procurementId}/rfi/comments")
    Mono<DialogueView> comment(ProcurementAccess access, @Valid @RequestBody CommentRequest request) {
        return dialogue.comment(access, request.requirementId(), request.text());
    }

    @PutMapping("/api/vendor/procurements/{procurementId}/rfi/questions/{questionId}/answer")
    Mono<DialogueView> answer(ProcurementAccess access, @PathVariable String questionId, @Valid @RequestBody TextRequest request) {
        return dialogue.answer(access, questionId, request.text());
    }

    record ShareRequest(@Size(max = 4000) String message) {
    }

    record TextRequest(@NotBlank @Size(max = 4000) String text) {
    }

    record CommentRequest(@NotBlank @Size(max = 64) String requirementId, @NotBlank @Size(max = 4000) String text) {
    }
}
