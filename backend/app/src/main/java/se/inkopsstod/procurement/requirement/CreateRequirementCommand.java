package se.inkopsstod.procurement.requirement;

import se.inkopsstod.procurement.model.RequirementContent;
import se.inkopsstod.procurement.model.TemplateRef;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.RequirementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/**
 * Write a requirement for a procurement, from needs or from a library template ({@code template}
 * may be null), under the {@code number} the procurement gave it.
 */
public record CreateRequirementCommand(@TargetAggregateIdentifier RequirementId requirementId, TenantId tenantId,
                                       ProcurementId procurementId, int number, RequirementContent content, TemplateRef template,
                                       PersonId createdBy) implements TenantScoped {
}
