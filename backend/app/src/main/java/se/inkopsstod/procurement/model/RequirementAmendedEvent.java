package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/**
 * Amendment {@code number} changed a published requirement ({@code after} null: withdrew it),
 * making requirement set version {@code setVersion}. {@code closeToDeadline}: made after the day
 * answers were due, when vendors may lack time to adapt and the deadline should be extended.
 */
@SeenBy(Audience.VENDORS)
@Revision("2")
public record RequirementAmendedEvent(ProcurementId procurementId, TenantId tenantId, int number, int setVersion,
                                      String requirementId, PublishedRequirement before, PublishedRequirement after,
                                      String reason, boolean closeToDeadline) implements TenantScoped, ProcurementScoped {
}
