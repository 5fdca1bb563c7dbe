package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** Someone on the team proposed a need. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record NeedProposedEvent(NeedId needId, TenantId tenantId, ProcurementId procurementId, NeedContent content,
                                PersonId proposedBy) implements TenantScoped, ProcurementScoped {
}
