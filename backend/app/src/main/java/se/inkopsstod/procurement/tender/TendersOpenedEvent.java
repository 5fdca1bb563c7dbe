package se.inkopsstod.procurement.tender;

import org.axonframework.serialization.Revision;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.OpeningId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;
import java.util.List;

/**
 * The tenders are opened: the opening record (anbudsöppningsprotokoll). The deadline, every
 * submitted tender with its vendor, submission time and price, the openers who confirmed and
 * when it happened. From this event on the buyer's team reads the tenders' content.
 */
@SeenBy(Audience.TEAM)
@Revision("1")
public record TendersOpenedEvent(OpeningId openingId, TenantId tenantId, ProcurementId procurementId, Instant tenderDeadline,
                                 List<OpenedTender> tenders, List<PersonId> openers, Instant openedAt)
        implements TenantScoped, ProcurementScoped {

    /** One line of the record. */
    public record OpenedTender(String vendorOrganisationId, String vendorName, Instant submittedAt, long priceSek) {
    }
}
