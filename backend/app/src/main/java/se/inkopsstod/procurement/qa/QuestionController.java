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
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.AnswerDraft;
import se.inkopsstod.procurement.api.AnswerField;
import se.inkopsstod.procurement.api.EditAnswerCommand;
import se.inkopsstod.procurement.api.HistoryEntry;
import se.inkopsstod.procurement.api.Publication;
import se.inkopsstod.procurement.api.PublishAnswerCommand;
import se.inkopsstod.procurement.api.QuestionView;
import se.inkopsstod.procurement.api.StartClarificationCommand;
import se.inkopsstod.procurement.coediting.ItemHistory;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Questions and answers, the buyer's team's side: every question with who asked, drafting the
 * answers together (co-edited like requirements), clarifications, and publishing to all
 * invited vendors at once.
 */
@RestController
@RequestMapping("/api/procurements/{procurementId}/questions")
class QuestionController {

    private final Workspace workspace;
    private final VendorAccess vendors;
    private final QuestionsAndAnswers questions;
    private final Commands commands;
    private final ItemHistory history;
    private final Clock clock;

    QuestionController(Workspace workspace, VendorAccess vendors, QuestionsAndAnswers questions, Commands commands,
                       ItemHistory history, Clock clock) {
        this.clock = clock;
        this.workspace = workspace;
        this.vendors = vendors;
        this.questions = questions;
        this.commands = commands;
        this.history = history;
    }

    @GetMapping
    Mono<List<QuestionView>> list(ProcurementAccess access) {
        return Blocking.call(() -> {
            ProcurementId procurement = access.requireMember().procurementId();
            return questions.forTeam(procurement, vendors.publication(procurement), clock.instant());
        });
    }

    /** A clarification no question prompted: its topic now, the text as an answer, then published like one. */
    @PostMapping
    Mono<ResponseEntity<QuestionView>> clarify(ProcurementAccess access,
                                               @Valid @RequestBody ClarificationRequest request) {
        access.requireBuyer();
        QuestionId id = QuestionId.random();
        CurrentUser user = access.user();
        return commands.send(new StartClarificationCommand(id, access.tenantId(), access.procurementId(),
                        request.text(), user.requireId()), user)
                .then(Blocking.call(() -> one(access, id.value())))
                .map(view -> ResponseEntity.created(URI.create("/api/procurements/" + access.procurementId().value() + "/questions/" + view.id()))
                        .body(view));
    }

    @GetMapping("/{questionId}")
    Mono<QuestionView> get(ProcurementAccess access, @PathVariable String questionId) {
        return Blocking.call(() -> one(access, questionId));
    }

    @PatchMapping("/{questionId}")
    Mono<QuestionView> edit(ProcurementAccess access, @PathVariable String questionId,
                            @Valid @RequestBody EditRequest request) {
        CurrentUser user = access.user();
        return Blocking.call(() -> {
                    QuestionView current = one(access, questionId);
                    Changes changes = request.changes();
                    AnswerDraft wanted = new AnswerDraft(changes.question() != null ? changes.question() : current.question(),
                            changes.answer() != null ? changes.answer() : current.answer());
                    return new EditAnswerCommand(QuestionId.of(current.id()), access.tenantId(), request.baseVersion(), wanted,
                            changes.fields(), user.requireId(), user.name());
                })
                .flatMap(command -> commands.send(command, user))
                .onErrorResume(EditConflictException.class, conflict -> Blocking.call(() -> one(access, questionId))
                        .flatMap(now -> Mono.error(conflict.withCurrent(now))))
                .then(Blocking.call(() -> one(access, questionId)));
    }

    /** Publishes the question (as drafted) and its answer to every invited vendor at the same moment. */
    @PostMapping("/{questionId}/publish")
    Mono<QuestionView> publish(ProcurementAccess access, @PathVariable String questionId) {
        access.requireBuyer();
        return Blocking.call(() -> {
                    QuestionView current = one(access, questionId);
                    return new PublishAnswerCommand(QuestionId.of(current.id()), access.tenantId(),
                            vendors.publication(access.procurementId()).map(Publication::answersDueBy).orElse(null),
                            clock.instant());
                })
                .flatMap(command -> commands.send(command, access.user()))
                .then(Blocking.call(() -> one(access, questionId)));
    }

    @GetMapping("/{questionId}/history")
    Mono<List<HistoryEntry>> history(ProcurementAccess access, @PathVariable String questionId) {
        return Blocking.call(() -> history.of(one(access, questionId).id(), workspace.names(access.tenantId())));
    }

    private QuestionView one(ProcurementAccess access, String questionId) {
        ProcurementId procurement = access.requireMember().procurementId();
        return questions.oneForTeam(procurement, questionId, vendors.publication(procurement), clock.instant());
    }

    record ClarificationRequest(@NotBlank @Size(max = 4000) String text) {
    }

    record Changes(@Size(min = 1, max = 4000) String question, @Size(max = 4000) String answer) {

        Set<AnswerField> fields() {
            Set<AnswerField> fields = EnumSet.noneOf(AnswerField.class);
            if (question != null) fields.add(AnswerField.QUESTION);
            if (answer != null) fields.add(AnswerField.ANSWER);
            return fields;
        }
    }

    record EditRequest(@NotNull @Positive Long baseVersion, @NotNull @Valid Changes changes) {
    }
}
