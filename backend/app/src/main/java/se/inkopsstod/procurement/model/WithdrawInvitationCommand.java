package se.inkopsstod.procurement.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/**
 * Take back a vendor organisation's invitation to a procurement. {@code tenderSubmitted} says
 * whether the vendor has submitted a tender, as the tender feature knows it (the procurement
 * does not see tenders itself).
 */
public record WithdrawInvitationCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId,
                                        VendorOrganisationId vendorOrganisationId, boolean tenderSubmitted)
        implements TenantScoped {
}
