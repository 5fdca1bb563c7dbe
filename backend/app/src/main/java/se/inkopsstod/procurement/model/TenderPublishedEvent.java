package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The tender was published to the invited vendors with its deadline, last day for questions and
 * evaluation model; {@code requirements} is the frozen requirement set, version 1. With price and
 * quality, {@code qualityValueSek} is the most a tender's price can be reduced by its quality
 * (null in events from before it existed).
 */
@SeenBy(Audience.VENDORS)
@Revision("2")
public record TenderPublishedEvent(ProcurementId procurementId, TenantId tenantId, Instant tenderDeadline,
                                   LocalDate lastQuestionDay, EvaluationModel evaluationModel, boolean accelerated,
                                   List<PublishedRequirement> requirements, Long qualityValueSek) implements TenantScoped, ProcurementScoped {
}
