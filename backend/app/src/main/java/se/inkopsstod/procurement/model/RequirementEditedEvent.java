package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.RequirementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Set;

/** Fields of a requirement changed from {@code before} to {@code after}. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record RequirementEditedEvent(RequirementId requirementId, TenantId tenantId, ProcurementId procurementId,
                                     Set<RequirementField> fields, RequirementContent before, RequirementContent after,
                                     PersonId editor, String editorName) implements TenantScoped, ProcurementScoped {
}
