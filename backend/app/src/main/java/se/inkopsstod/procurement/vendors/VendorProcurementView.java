package se.inkopsstod.procurement.vendors;

import se.inkopsstod.procurement.model.Procedure;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.model.PublishedRequirement;

import java.time.Instant;
import java.util.List;

/**
 * A procurement as an invited vendor sees it: who buys what, by which procedure, and what has
 * been published to vendors. Never the buyer's needs, team, comments or other vendors.
 * {@code publication}, {@code requirements} (the current set) and {@code amendments} are empty
 * until the tender is published.
 */
public record VendorProcurementView(String id, String title, String description, String buyer, String category,
                                    Procedure procedure, Instant invitedAt, Publication publication,
                                    List<PublishedRequirement> requirements, List<AmendmentView> amendments) {
}
