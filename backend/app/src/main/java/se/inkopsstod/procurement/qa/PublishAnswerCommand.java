package se.inkopsstod.procurement.qa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.procurement.api.IdentityFinding;
import se.inkopsstod.procurement.model.AnswerDraft;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Publish the question and its answer to every invited vendor at once. {@code answersDueBy} is
 * null before the tender is published; an answer published after it is flagged late.
 * {@code checked} is the text the identity check read and {@code findings} what it found there;
 * with findings, publishing needs {@code identityReason} (null otherwise).
 */
public record PublishAnswerCommand(@TargetAggregateIdentifier QuestionId questionId, TenantId tenantId,
                                   LocalDate answersDueBy, Instant now, AnswerDraft checked,
                                   List<IdentityFinding> findings, String identityReason, PersonId by)
        implements TenantScoped {

    public PublishAnswerCommand {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Publishing a text the identity check found nothing in. */
    public static PublishAnswerCommand unremarkable(QuestionId questionId, TenantId tenantId, LocalDate answersDueBy,
                                                    Instant now, AnswerDraft checked, PersonId by) {
        return new PublishAnswerCommand(questionId, tenantId, answersDueBy, now, checked, List.of(), null, by);
    }
}
