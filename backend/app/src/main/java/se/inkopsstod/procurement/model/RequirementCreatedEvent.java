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

/**
 * A requirement was written, possibly from a library template. {@code number} is the one its
 * procurement gave it (K1, K2 …; revision 2 on, see {@code RequirementCreatedEvent1To2Upcaster}).
 */
@SeenBy(Audience.TEAM)
@Revision("2")
public record RequirementCreatedEvent(RequirementId requirementId, TenantId tenantId, ProcurementId procurementId, int number,
                                      RequirementContent content, TemplateRef template, PersonId createdBy)
        implements TenantScoped, ProcurementScoped {
}
