package se.inkopsstod.procurement.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/**
 * Take back a vendor organisation's invitation to a procurement; only before the tender is published.
 */
public record WithdrawInvitationCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId,
                                        VendorOrganisationId vendorOrganisationId)
        implements TenantScoped {
}
