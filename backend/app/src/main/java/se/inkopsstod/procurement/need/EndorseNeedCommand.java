package se.inkopsstod.procurement.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** Endorse a need (one endorsement per person). */
public record EndorseNeedCommand(@TargetAggregateIdentifier NeedId needId, TenantId tenantId, PersonId personId)
        implements TenantScoped {
}
