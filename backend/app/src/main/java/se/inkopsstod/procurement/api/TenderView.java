package se.inkopsstod.procurement.api;

import java.time.Instant;
import java.util.List;

/**
 * A tender: the vendor sees its own; the buyer's team sees all of them once opened.
 * {@code status}: DRAFT (saved, not submitted, or changed since submission) or SUBMITTED.
 */
public record TenderView(String vendorOrganisationId, String vendorName, Status status, List<TenderResponse> responses,
                         Long priceSek, Instant savedAt, Instant submittedAt, Integer setVersion) {

    public enum Status { NOT_STARTED, DRAFT, SUBMITTED }
}
