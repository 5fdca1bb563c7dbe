package se.inkopsstod.procurement.tender;

import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.AddressedToTenant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.TenderId;

import java.time.Instant;
import java.util.Set;

/** Submit the saved tender: it must answer every requirement of the current set ({@code requirementIds}) and name a price. */
public record SubmitTenderCommand(@TargetAggregateIdentifier TenderId tenderId, TenantId buyer, Set<String> requirementIds,
                                  int setVersion, Instant tenderDeadline, Instant now) implements AddressedToTenant {

    @Override
    public TenantId addressedTenant() {
        return buyer;
    }
}
