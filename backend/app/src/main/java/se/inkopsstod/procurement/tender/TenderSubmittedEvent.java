package se.inkopsstod.procurement.tender;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

/**
 * A vendor submitted its tender against requirement set {@code setVersion}: the content last
 * saved, still sealed until opening. Revision 2: revision 1 carried it in the clear (sealed in place by V21).
 */
@SeenBy(Audience.SEALED)
@Revision("2")
public record TenderSubmittedEvent(TenderId tenderId, TenantId buyer, ProcurementId procurementId,
                                   VendorOrganisationId vendorOrganisationId, SealedContent content, int setVersion) {
}
