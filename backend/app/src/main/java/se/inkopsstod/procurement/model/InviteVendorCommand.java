package se.inkopsstod.procurement.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/** Invite a vendor organisation to take part in a procurement (market dialogue or tendering). */
public record InviteVendorCommand(@TargetAggregateIdentifier ProcurementId procurementId, TenantId tenantId,
                                  VendorOrganisationId vendorOrganisationId) implements TenantScoped {
}
