package se.inkopsstod.procurement.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;
import java.time.LocalDate;

/** Move the tender deadline later (and with it, if given, the last day for questions). */
public record ExtendDeadlineCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId,
                                    Instant tenderDeadline, LocalDate lastQuestionDay, Instant now) implements TenantScoped {
}
