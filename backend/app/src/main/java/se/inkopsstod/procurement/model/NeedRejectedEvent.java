package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** A buyer rejected a need for this reason. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record NeedRejectedEvent(NeedId needId, TenantId tenantId, ProcurementId procurementId, String reason)
        implements TenantScoped, ProcurementScoped {
}
