package se.inkopsstod.procurement.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** A buyer rejects a need, saying why. */
public record RejectNeedCommand(@TargetAggregateIdentifier NeedId needId, TenantId tenantId, String reason)
        implements TenantScoped {
}
