package se.inkopsstod.procurement.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Publish the tender to the invited vendors: fixes the tender deadline, the last day for
 * questions and the evaluation model, and freezes {@code requirements} as requirement set version 1.
 * {@code qualityValueSek}: with price and quality, the most that quality can deduct from a price.
 * {@code now} is the moment of the request, so that the deadline rules can be checked.
 */
public record PublishTenderCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId,
                                   Instant tenderDeadline, LocalDate lastQuestionDay, EvaluationModel evaluationModel,
                                   boolean accelerated, Long qualityValueSek, List<PublishedRequirement> requirements,
                                   Instant now)
        implements TenantScoped {
}
