package se.inkopsstod.procurement.qa;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.AskQuestionCommand;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.Publication;
import se.inkopsstod.procurement.api.PublishedRequirement;
import se.inkopsstod.procurement.api.VendorProcurementView;
import se.inkopsstod.procurement.api.VendorQuestionView;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Questions and answers, an invited vendor's side: ask (until the last day for questions), and
 * read every published answer — never who asked, except "your question".
 */
@RestController
@RequestMapping("/api/vendor/procurements/{procurementId}/questions")
class VendorQuestionController {

    private static final Set<Phase> ASKING = EnumSet.of(Phase.MARKET_DIALOGUE, Phase.REQUIREMENTS, Phase.TENDERING);

    private final VendorAccess vendors;
    private final QuestionsAndAnswers questions;
    private final Commands commands;
    private final Clock clock;

    VendorQuestionController(VendorAccess vendors, QuestionsAndAnswers questions, Commands commands, Clock clock) {
        this.clock = clock;
        this.vendors = vendors;
        this.questions = questions;
        this.commands = commands;
    }

    @GetMapping
    Mono<List<VendorQuestionView>> list(ProcurementAccess access) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        CurrentUser user = access.user();
        return Blocking.call(() -> {
            VendorProcurementView procurement = vendors.procurementOf(access);
            return questions.forVendor(ProcurementId.of(procurement.id()), vendor);
        });
    }

    @PostMapping
    Mono<ResponseEntity<VendorQuestionView>> ask(ProcurementAccess access, @Valid @RequestBody AskRequest request) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        CurrentUser user = access.user();
        QuestionId id = QuestionId.random();
        return Blocking.call(() -> {
                    VendorProcurementView procurement = vendors.procurementOf(access);
                    ProcurementId procurementKey = ProcurementId.of(procurement.id());
                    if (!ASKING.contains(questions.phase(procurementKey))) {
                        throw new ConflictException("question.closed", "Questions are taken during market dialogue and tendering only.");
                    }
                    if (request.requirementId() != null && procurement.requirements().stream()
                            .map(PublishedRequirement::requirementId).noneMatch(request.requirementId()::equals)) {
                        throw new InvalidInputException("question.unknown-requirement", "requirementId",
                                "Ask about a requirement of the published requirement set, or about the procurement as a whole.");
                    }
                    Publication publication = procurement.publication();
                    return new AskQuestionCommand(id, access.tenantId(), procurementKey, vendor, user.requireId(),
                            request.text(), request.requirementId(), publication == null ? null : publication.lastQuestionDay(),
                            clock.instant());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> questions.oneForVendor(id.value(), vendor)))
                .map(view -> ResponseEntity.created(URI.create("/api/vendor/procurements/" + access.procurementId().value() + "/questions/" + view.id()))
                        .body(view));
    }

    record AskRequest(@NotBlank @Size(max = 4000) String text, @Size(max = 64) String requirementId) {
    }
}
