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

/** A requirement was written, possibly from a library template. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record RequirementCreatedEvent(RequirementId requirementId, TenantId tenantId, ProcurementId procurementId,
                                      RequirementContent content, TemplateRef template, PersonId createdBy)
        implements TenantScoped, ProcurementScoped {
}
