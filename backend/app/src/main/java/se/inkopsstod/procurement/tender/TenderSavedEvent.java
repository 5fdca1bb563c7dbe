package se.inkopsstod.procurement.tender;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.util.List;

/**
 * A vendor saved its tender as a draft. Sealed: not tenant- or procurement-scoped, so no feed or
 * live stream of the buyer shows it.
 */
@SeenBy(Audience.SEALED)
@Revision("1")
public record TenderSavedEvent(TenderId tenderId, TenantId buyer, ProcurementId procurementId,
                               VendorOrganisationId vendorOrganisationId, List<TenderResponse> responses, Long priceSek) {
}
