package se.inkopsstod.procurement.vendors;

import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.VendorOrganisationId;

/**
 * Whether a vendor has submitted a tender, as the tender feature knows it. Declared here and
 * implemented there, so that invitations need not depend on tenders (which depend on invitations).
 */
public interface SubmittedTenders {

    boolean submitted(ProcurementId procurement, VendorOrganisationId vendor);
}
