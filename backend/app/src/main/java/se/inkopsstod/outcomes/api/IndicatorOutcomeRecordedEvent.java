package se.inkopsstod.outcomes.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A need's realised value and benefit judgement were recorded (a later one replaces it). */
@SeenBy(Audience.TEAM)
@Revision("1")
public record IndicatorOutcomeRecordedEvent(FollowUpId followUpId, TenantId tenantId, ProcurementId procurementId,
                                            NeedId needId, BigDecimal realisedValue, LocalDate measuredOn, String source,
                                            int benefitRealisedPercent, PersonId by)
        implements TenantScoped, ProcurementScoped {
}
