package se.inkopsstod.outcomes.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Record what a need's indicator measured after implementation ({@code realisedValue} in the
 * need's unit, when and where from) and the team's judgement of how much of the benefit was realised.
 */
public record RecordIndicatorOutcomeCommand(@TargetAggregateIdentifier FollowUpId followUpId, TenantId tenantId,
                                            ProcurementId procurementId, NeedId needId, BigDecimal realisedValue,
                                            LocalDate measuredOn, String source, int benefitRealisedPercent,
                                            PersonId by) implements TenantScoped {
}
