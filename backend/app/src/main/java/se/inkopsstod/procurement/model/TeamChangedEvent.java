package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Set;

/** The procurement's team is now {@code team}; {@code added} and {@code removed} say what changed. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record TeamChangedEvent(ProcurementId procurementId, TenantId tenantId, Set<PersonId> team,
                               Set<PersonId> added, Set<PersonId> removed) implements TenantScoped, ProcurementScoped {
}
