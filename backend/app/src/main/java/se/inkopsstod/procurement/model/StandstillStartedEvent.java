package se.inkopsstod.procurement.model;

import org.axonframework.serialization.Revision;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;

/**
 * The award decision was sent: no contract may be signed before {@code endsAt} (LOU 20 kap. 1 §,
 * avtalsspärr; {@code endsAt} equals {@code decidedAt} for a procedure without one). Every
 * tenderer may see when it ends.
 */
@SeenBy(Audience.VENDORS)
@Revision("1")
public record StandstillStartedEvent(ProcurementId procurementId, TenantId tenantId, Instant decidedAt, Instant endsAt)
        implements TenantScoped, ProcurementScoped {
}
