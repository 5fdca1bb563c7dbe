package se.inkopsstod.procurement.tender;

import se.inkopsstod.shared.AddressedToTenant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An invited vendor saves its tender as a draft: its answers to requirements of the current set
 * ({@code requirementIds}) and its price. Allowed until the tender deadline. Deliberately not
 * tenant-scoped: nothing about a tender reaches the buyer's feeds before opening.
 */
public record SaveTenderCommand(@TargetAggregateIdentifier TenderId tenderId, TenantId buyer, ProcurementId procurementId,
                                VendorOrganisationId vendorOrganisationId, List<TenderResponse> responses, Long priceSek,
                                Set<String> requirementIds, Instant tenderDeadline, Instant now, PersonId by)
        implements AddressedToTenant {

    @Override
    public TenantId addressedTenant() {
        return buyer;
    }
}
