package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

/** A vendor organisation's invitation was withdrawn: it no longer sees the procurement. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record InvitationWithdrawnEvent(ProcurementId procurementId, TenantId tenantId, VendorOrganisationId vendorOrganisationId)
        implements TenantScoped, ProcurementScoped {
}
