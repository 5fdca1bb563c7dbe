package se.inkopsstod.procurement.model;

import org.axonframework.serialization.Revision;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;

/** The contract with the winner is signed, after the standstill period; implementation begins. */
@SeenBy(Audience.VENDORS)
@Revision("1")
public record ContractSignedEvent(ProcurementId procurementId, TenantId tenantId, Instant signedAt, PersonId by)
        implements TenantScoped, ProcurementScoped {
}
