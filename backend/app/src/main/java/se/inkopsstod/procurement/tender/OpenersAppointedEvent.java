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

import java.util.Set;

/** Who opens the tenders together; a new appointment replaces the last and its confirmations. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record OpenersAppointedEvent(OpeningId openingId, TenantId tenantId, ProcurementId procurementId, Set<PersonId> openers,
                                    PersonId by) implements TenantScoped, ProcurementScoped {
}
