package se.inkopsstod.procurement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** A buyer merges a duplicate need into another need of the same procurement. */
public record MergeNeedCommand(@TargetAggregateIdentifier NeedId needId, TenantId tenantId, NeedId into)
        implements TenantScoped {
}
