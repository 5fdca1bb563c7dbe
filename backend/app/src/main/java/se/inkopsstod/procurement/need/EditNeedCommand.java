package se.inkopsstod.procurement.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/**
 * Change some fields of a need. {@code baseVersion} is the version the editor saw; a field that
 * someone else changed since then is a conflict, other fields merge. The patch is applied to the
 * need as the aggregate knows it, so nothing is read before the edit. A need of another
 * procurement is not found.
 */
public record EditNeedCommand(@TargetAggregateIdentifier NeedId needId, TenantId tenantId, ProcurementId procurementId,
                              long baseVersion, NeedPatch patch, PersonId editor, String editorName)
        implements TenantScoped {
}
