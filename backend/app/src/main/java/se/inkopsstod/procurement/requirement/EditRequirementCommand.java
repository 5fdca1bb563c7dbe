package se.inkopsstod.procurement.requirement;

import se.inkopsstod.procurement.model.RequirementContent;
import se.inkopsstod.procurement.model.RequirementField;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.RequirementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Set;

/** Change some fields of a requirement, based on the version the editor saw. */
public record EditRequirementCommand(@TargetAggregateIdentifier RequirementId requirementId, TenantId tenantId,
                                     long baseVersion, RequirementContent content, Set<RequirementField> fields,
                                     PersonId editor, String editorName) implements TenantScoped {
}
