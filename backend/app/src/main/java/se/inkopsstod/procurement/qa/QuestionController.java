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
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.Role;

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
    Mono<List<QuestionView>> list(CurrentUser user, @PathVariable String procurementId) {
        return Blocking.call(() -> {
            ProcurementId procurement = readable(user, procurementId);
            return questions.forTeam(procurement, vendors.publication(procurement), clock.instant());
        });
    }

    /** A clarification no question prompted: its topic now, the text as an answer, then published like one. */
    @PostMapping
    Mono<ResponseEntity<QuestionView>> clarify(CurrentUser user, @PathVariable String procurementId,
                                               @Valid @RequestBody ClarificationRequest request) {
        user.require(Role.BUYER);
        QuestionId id = QuestionId.random();
        return Blocking.call(() -> readable(user, procurementId))
                .flatMap(procurement -> commands.send(new StartClarificationCommand(id, user.tenantId(), procurement,
                        request.text(), user.requireId()), user))
                .then(Blocking.call(() -> one(user, procurementId, id.value())))
                .map(view -> ResponseEntity.created(URI.create("/api/procurements/" + procurementId + "/questions/" + view.id()))
                        .body(view));
    }

    @GetMapping("/{questionId}")
    Mono<QuestionView> get(CurrentUser user, @PathVariable String procurementId, @PathVariable String questionId) {
        return Blocking.call(() -> one(user, procurementId, questionId));
    }

    @PatchMapping("/{questionId}")
    Mono<QuestionView> edit(CurrentUser user, @PathVariable String procurementId, @PathVariable String questionId,
                            @Valid @RequestBody EditRequest request) {
        return Blocking.call(() -> {
                    QuestionView current = one(user, procurementId, questionId);
                    Changes changes = request.changes();
                    AnswerDraft wanted = new AnswerDraft(changes.question() != null ? changes.question() : current.question(),
                            changes.answer() != null ? changes.answer() : current.answer());
                    return new EditAnswerCommand(QuestionId.of(current.id()), user.tenantId(), request.baseVersion(), wanted,
                            changes.fields(), user.requireId(), user.name());
                })
                .flatMap(command -> commands.send(command, user))
                .onErrorResume(EditConflictException.class, conflict -> Blocking.call(() -> one(user, procurementId, questionId))
                        .flatMap(now -> Mono.error(conflict.withCurrent(now))))
                .then(Blocking.call(() -> one(user, procurementId, questionId)));
    }

    /** Publishes the question (as drafted) and its answer to every invited vendor at the same moment. */
    @PostMapping("/{questionId}/publish")
    Mono<QuestionView> publish(CurrentUser user, @PathVariable String procurementId, @PathVariable String questionId) {
        user.require(Role.BUYER);
        return Blocking.call(() -> {
                    QuestionView current = one(user, procurementId, questionId);
                    return new PublishAnswerCommand(QuestionId.of(current.id()), user.tenantId(),
                            vendors.publication(ProcurementId.of(procurementId)).map(Publication::answersDueBy).orElse(null),
                            clock.instant());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> one(user, procurementId, questionId)));
    }

    @GetMapping("/{questionId}/history")
    Mono<List<HistoryEntry>> history(CurrentUser user, @PathVariable String procurementId, @PathVariable String questionId) {
        return Blocking.call(() -> history.of(one(user, procurementId, questionId).id(), workspace.names(user.tenantId())));
    }

    private QuestionView one(CurrentUser user, String procurementId, String questionId) {
        ProcurementId procurement = readable(user, procurementId);
        return questions.oneForTeam(procurement, questionId, vendors.publication(procurement), clock.instant());
    }

    private ProcurementId readable(CurrentUser user, String procurementId) {
        return workspace.readableId(user, procurementId);
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
