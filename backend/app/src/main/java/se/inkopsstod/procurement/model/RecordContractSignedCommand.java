package se.inkopsstod.procurement.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;

/** The buyer records that the contract with the winner is signed, at {@code now}: only after the standstill period. */
public record RecordContractSignedCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId,
                                          Instant now, PersonId by) implements TenantScoped {
}
