package se.inkopsstod.procurement.qa;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.api.IdentityFinder;
import se.inkopsstod.procurement.api.IdentityFinding;
import se.inkopsstod.procurement.model.AnswerDraft;
import se.inkopsstod.procurement.model.AnswerField;
import se.inkopsstod.procurement.model.HistoryEntry;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.coediting.ItemHistory;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Questions and answers for the buyer's team: every question with who asked, drafting the answers
 * together, clarifications, and publishing an answer to all invited vendors at once. Public for the
 * spreadsheets ({@code procurement.spreadsheet}), which read the list as the team reads it.
 */
@Service
public class QuestionService {

    private final Workspace workspace;
    private final VendorAccess vendors;
    private final QuestionsAndAnswers questions;
    private final Commands commands;
    private final ItemHistory history;
    private final IdentityFinder identities;
    private final Clock clock;

    QuestionService(Workspace workspace, VendorAccess vendors, QuestionsAndAnswers questions, Commands commands,
                    ItemHistory history, IdentityFinder identities, Clock clock) {
        this.identities = identities;
        this.workspace = workspace;
        this.vendors = vendors;
        this.questions = questions;
        this.commands = commands;
        this.history = history;
        this.clock = clock;
    }

    public Mono<List<QuestionView>> list(ProcurementAccess access) {
        return Blocking.call(() -> {
            ProcurementId procurement = access.requireMember().procurementId();
            return questions.forTeam(procurement, vendors.publication(procurement), clock.instant());
        });
    }

    Mono<QuestionView> get(ProcurementAccess access, String questionId) {
        return Blocking.call(() -> one(access, questionId));
    }

    /** A clarification no question prompted: its topic now, the text as an answer, then published like one. */
    Mono<QuestionView> clarify(ProcurementAccess access, String text) {
        access.requireBuyer();
        QuestionId id = QuestionId.random();
        CurrentUser user = access.user();
        return commands.send(new StartClarificationCommand(id, access.tenantId(), access.procurementId(), text,
                        user.requireId()), user)
                .then(Blocking.call(() -> one(access, id.value())));
    }

    /**
     * Edits the question's wording and/or the answer (null leaves a field as it is) on top of
     * {@code baseVersion}; a conflicting edit fails with the question as it is now.
     */
    Mono<QuestionView> edit(ProcurementAccess access, String questionId, long baseVersion, String question, String answer) {
        CurrentUser user = access.user();
        Set<AnswerField> fields = EnumSet.noneOf(AnswerField.class);
        if (question != null) fields.add(AnswerField.QUESTION);
        if (answer != null) fields.add(AnswerField.ANSWER);
        return Blocking.call(() -> {
                    QuestionView current = one(access, questionId);
                    AnswerDraft wanted = new AnswerDraft(question != null ? question : current.question(),
                            answer != null ? answer : current.answer());
                    return new EditAnswerCommand(QuestionId.of(current.id()), access.tenantId(), baseVersion, wanted,
                            fields, user.requireId(), user.name());
                })
                .flatMap(command -> commands.send(command, user))
                .onErrorResume(EditConflictException.class, conflict -> Blocking.call(() -> one(access, questionId))
                        .flatMap(now -> Mono.error(conflict.withCurrent(now))))
                .then(Blocking.call(() -> one(access, questionId)));
    }

    /**
     * Publishes the question (as drafted) and its answer to every invited vendor at the same moment,
     * after the identity check has read both: if they seem to name someone, publishing needs the
     * buyer's {@code identityReason} (else a 409 listing the findings).
     */
    Mono<QuestionView> publish(ProcurementAccess access, String questionId, String identityReason) {
        access.requireBuyer();
        return Blocking.call(() -> {
                    QuestionView current = one(access, questionId);
                    AnswerDraft checked = new AnswerDraft(current.question(), current.answer());
                    // one reading of both texts: the directory is read once, not once per text
                    List<IdentityFinding> findings = identities.find(access.tenantId(),
                            current.question() + "\n\n" + (current.answer() == null ? "" : current.answer()));
                    return new PublishAnswerCommand(QuestionId.of(current.id()), access.tenantId(),
                            vendors.publication(access.procurementId()).map(Publication::answersDueBy).orElse(null),
                            clock.instant(), checked, findings, identityReason, access.user().requireId());
                })
                .flatMap(command -> commands.send(command, access.user()))
                .then(Blocking.call(() -> one(access, questionId)));
    }

    Mono<List<HistoryEntry>> history(ProcurementAccess access, String questionId) {
        return Blocking.call(() -> history.of(one(access, questionId).id(), workspace.names(access.tenantId())));
    }

    private QuestionView one(ProcurementAccess access, String questionId) {
        ProcurementId procurement = access.requireMember().procurementId();
        return questions.oneForTeam(procurement, questionId, vendors.publication(procurement), clock.instant());
    }
}
