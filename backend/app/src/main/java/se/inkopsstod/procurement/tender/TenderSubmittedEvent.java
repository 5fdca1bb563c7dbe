package se.inkopsstod.procurement.tender;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.util.List;

/** A vendor submitted its tender against requirement set {@code setVersion}. Sealed until the deadline passes. */
@SeenBy(Audience.SEALED)
@Revision("1")
public record TenderSubmittedEvent(TenderId tenderId, TenantId buyer, ProcurementId procurementId,
                                   VendorOrganisationId vendorOrganisationId, List<TenderResponse> responses, long priceSek,
                                   int setVersion) {
}
