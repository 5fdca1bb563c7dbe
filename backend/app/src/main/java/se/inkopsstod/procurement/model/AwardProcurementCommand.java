package se.inkopsstod.procurement.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;

/**
 * The award is decided: the procurement moves to AWARDED by itself and the standstill period
 * (avtalsspärr) runs until {@code standstillEndsAt} ({@code decidedAt} itself when the procedure has none).
 */
public record AwardProcurementCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId,
                                      Instant decidedAt, Instant standstillEndsAt) implements TenantScoped {
}
