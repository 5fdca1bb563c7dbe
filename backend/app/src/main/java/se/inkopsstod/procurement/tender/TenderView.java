package se.inkopsstod.procurement.tender;

import java.time.Instant;
import java.util.List;

/**
 * A tender: the vendor sees its own as last saved; the buyer's team sees the submitted ones, as
 * submitted, once opened. {@code status}: DRAFT (saved, never submitted) or SUBMITTED. A vendor
 * may change a submitted tender until the deadline: the submitted one stands, and
 * {@code changedSinceSubmission} says that saved changes wait to be submitted again.
 * {@code tendersOpenedAt}: when the buyer opened the procurement's tenders (a vendor sees that it happened).
 */
public record TenderView(String vendorOrganisationId, String vendorName, Status status, List<TenderResponse> responses,
                         Long priceSek, Instant savedAt, Instant submittedAt, Integer setVersion,
                         boolean changedSinceSubmission, Instant tendersOpenedAt) {

    public enum Status { NOT_STARTED, DRAFT, SUBMITTED }
}
