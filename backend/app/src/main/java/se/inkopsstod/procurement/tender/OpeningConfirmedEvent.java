package se.inkopsstod.procurement.tender;

import org.axonframework.serialization.Revision;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.OpeningId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;

/** One appointed opener confirmed the opening. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record OpeningConfirmedEvent(OpeningId openingId, TenantId tenantId, ProcurementId procurementId, PersonId by,
                                    Instant confirmedAt) implements TenantScoped, ProcurementScoped {
}
