package se.inkopsstod.outcomes.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** Delivery quality, adoption, cost per pupil or the exit check were recorded; null means unchanged. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record FollowUpFactsRecordedEvent(FollowUpId followUpId, TenantId tenantId, ProcurementId procurementId,
                                         Integer deliveryQuality, String deliveryComment, Integer adoptionPercent,
                                         Long yearlyCostPerPupilSek, Boolean openFormatExport, Boolean exitPlanDocumented,
                                         PersonId by) implements TenantScoped, ProcurementScoped {
}
