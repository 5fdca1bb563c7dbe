package se.inkopsstod.procurement.qa;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/**
 * A question (as rephrased) and its answer reached all invited vendors at the same moment.
 * {@code late}: published after the last day answers were due.
 */
@SeenBy(Audience.VENDORS)
@Revision("1")
public record AnswerPublishedEvent(QuestionId questionId, TenantId tenantId, ProcurementId procurementId, String question,
                                   String answer, boolean late) implements TenantScoped, ProcurementScoped {
}
