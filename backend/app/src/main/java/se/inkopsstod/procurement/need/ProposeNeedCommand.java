package se.inkopsstod.procurement.need;

import se.inkopsstod.procurement.model.NeedContent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** Propose a need for a procurement. */
public record ProposeNeedCommand(@TargetAggregateIdentifier NeedId needId, TenantId tenantId,
                                 ProcurementId procurementId, NeedContent content, PersonId proposedBy)
        implements TenantScoped {
}
