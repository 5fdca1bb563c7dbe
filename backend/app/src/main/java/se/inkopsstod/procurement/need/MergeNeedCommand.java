package se.inkopsstod.procurement.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/**
 * A buyer merges a duplicate need into another need of the same procurement. The sender says what
 * it read about the target, since the need cannot see other needs: {@code intoProcurementId} is the
 * procurement the target was found in (null when it is not a need of this procurement), and
 * {@code intoOpen} whether the target is still open.
 */
public record MergeNeedCommand(@TargetAggregateIdentifier NeedId needId, TenantId tenantId, NeedId into,
                               ProcurementId intoProcurementId, boolean intoOpen) implements TenantScoped {
}
