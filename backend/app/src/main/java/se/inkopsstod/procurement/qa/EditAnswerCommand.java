package se.inkopsstod.procurement.qa;

import se.inkopsstod.procurement.model.AnswerDraft;
import se.inkopsstod.procurement.model.AnswerField;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Set;

/** Someone on the team edits the draft: the fields in {@code fields}, as they saw it at {@code baseVersion}. */
public record EditAnswerCommand(@TargetAggregateIdentifier QuestionId questionId, TenantId tenantId, long baseVersion,
                                AnswerDraft draft, Set<AnswerField> fields, PersonId editor, String editorName)
        implements TenantScoped {
}
