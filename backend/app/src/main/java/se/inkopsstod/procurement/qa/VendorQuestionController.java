package se.inkopsstod.procurement.qa;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;

import java.net.URI;
import java.util.List;

/**
 * Questions and answers, an invited vendor's side: ask (until the last day for questions), and
 * read every published answer — never who asked, except "your question".
 */
@RestController
@RequestMapping("/api/vendor/procurements/{procurementId}/questions")
class VendorQuestionController {

    private final VendorQuestionService questions;

    VendorQuestionController(VendorQuestionService questions) {
        this.questions = questions;
    }

    @GetMapping
    Mono<List<VendorQuestionView>> list(ProcurementAccess access) {
        return questions.list(access);
    }

    @PostMapping
    Mono<ResponseEntity<VendorQuestionView>> ask(ProcurementAccess access, @Valid @RequestBody AskRequest request) {
        return questions.ask(access, request.text(), request.requirementId())
                .map(view -> ResponseEntity.created(URI.create("/api/vendor/procurements/" + access.procurementId().value()
                        + "/questions/" + view.id())).body(view));
    }

    record AskRequest(@NotBlank @Size(max = 4000) String text, @Size(max = 64) String requirementId) {
    }
}
