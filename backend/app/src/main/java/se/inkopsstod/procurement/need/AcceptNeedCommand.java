package se.inkopsstod.procurement.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** A buyer accepts a proposed need. */
public record AcceptNeedCommand(@TargetAggregateIdentifier NeedId needId, TenantId tenantId) implements TenantScoped {
}
