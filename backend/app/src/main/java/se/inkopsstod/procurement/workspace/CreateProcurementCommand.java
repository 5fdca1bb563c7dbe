package se.inkopsstod.procurement.workspace;

import se.inkopsstod.procurement.model.Procedure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.LocalDate;

/** Start a procurement; the buyer who starts it is on its team. */
public record CreateProcurementCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId,
                                       String title, String description, String category, Procedure procedure,
                                       long estimatedValueSek, LocalDate plannedTenderDate, LocalDate plannedAwardDate,
                                       PersonId createdBy) implements TenantScoped {
}
