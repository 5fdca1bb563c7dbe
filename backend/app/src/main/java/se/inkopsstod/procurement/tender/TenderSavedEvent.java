package se.inkopsstod.procurement.tender;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.util.Set;

/**
 * A vendor saved its tender as a draft. Its answers and price are only in {@code content}, sealed
 * until opening; the aggregate keeps in the clear just what it checks at submission: which
 * requirements have an answer and whether there is a price. Revision 2: revision 1 carried the
 * content in the clear and was sealed in place by the V21 migration.
 */
@SeenBy(Audience.SEALED)
@Revision("2")
public record TenderSavedEvent(TenderId tenderId, TenantId buyer, ProcurementId procurementId,
                               VendorOrganisationId vendorOrganisationId, Set<String> answeredRequirementIds, boolean priced,
                               SealedContent content) {
}
