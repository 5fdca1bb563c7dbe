package se.inkopsstod.procurement.qa;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** The buyer's team started a clarification on {@code topic}, to be published to all invited vendors. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record ClarificationStartedEvent(QuestionId questionId, TenantId tenantId, ProcurementId procurementId, String topic,
                                        PersonId by) implements TenantScoped, ProcurementScoped {
}
