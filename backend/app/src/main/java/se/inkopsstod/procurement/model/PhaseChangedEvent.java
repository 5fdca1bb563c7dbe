package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** A procurement moved from one phase to another. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record PhaseChangedEvent(ProcurementId procurementId, TenantId tenantId, Phase from, Phase to)
        implements TenantScoped, ProcurementScoped {
}
