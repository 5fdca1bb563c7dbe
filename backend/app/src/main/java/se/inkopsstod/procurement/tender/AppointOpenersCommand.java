package se.inkopsstod.procurement.tender;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.OpeningId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Set;

/** A buyer appoints the people who open the tenders together (at least two, each able to enter the procurement). */
public record AppointOpenersCommand(@TargetAggregateIdentifier OpeningId openingId, TenantId tenantId, ProcurementId procurementId,
                                    Set<PersonId> openers, PersonId by) implements TenantScoped {
}
