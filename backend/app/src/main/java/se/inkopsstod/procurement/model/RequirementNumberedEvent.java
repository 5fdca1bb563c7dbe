package se.inkopsstod.procurement.model;

import org.axonframework.serialization.Revision;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.RequirementId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** The procurement gave requirement {@code requirementId} its {@code number} (K{@code number}); no number is given twice. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record RequirementNumberedEvent(ProcurementId procurementId, TenantId tenantId, RequirementId requirementId, int number)
        implements TenantScoped, ProcurementScoped {
}
