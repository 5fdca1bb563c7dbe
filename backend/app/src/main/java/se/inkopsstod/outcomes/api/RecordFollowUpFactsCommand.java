package se.inkopsstod.outcomes.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/**
 * Record delivery and support quality (1–5, with a comment), adoption (% of intended users active),
 * the yearly cost per pupil and the exit check. Null leaves a fact as it was.
 */
public record RecordFollowUpFactsCommand(@TargetAggregateIdentifier FollowUpId followUpId, TenantId tenantId,
                                         ProcurementId procurementId, Integer deliveryQuality, String deliveryComment,
                                         Integer adoptionPercent, Long yearlyCostPerPupilSek, Boolean openFormatExport,
                                         Boolean exitPlanDocumented, PersonId by) implements TenantScoped {
}
