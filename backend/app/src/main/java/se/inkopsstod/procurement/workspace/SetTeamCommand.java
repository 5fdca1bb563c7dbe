package se.inkopsstod.procurement.workspace;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Set;

/** Make exactly these members of the tenant the procurement's team. */
public record SetTeamCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId,
                             Set<PersonId> memberIds) implements TenantScoped {
}
