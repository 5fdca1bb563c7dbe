package se.inkopsstod.procurement.need;

import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedField;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Set;

/**
 * Change some fields of a need. {@code baseVersion} is the version the editor saw; a field that
 * someone else changed since then is a conflict, other fields merge.
 */
public record EditNeedCommand(@TargetAggregateIdentifier NeedId needId, TenantId tenantId, long baseVersion,
                              NeedContent content, Set<NeedField> fields, PersonId editor, String editorName)
        implements TenantScoped {
}
