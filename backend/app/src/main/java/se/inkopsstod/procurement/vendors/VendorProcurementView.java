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
 * until the tender is published. {@code serverTime} is the server's now when the view was read:
 * the browser compares the deadlines with it, not with its own clock, which may be wrong.
 */
public record VendorProcurementView(String id, String title, String description, String buyer, String category,
                                    Procedure procedure, Instant invitedAt, Publication publication,
                                    List<PublishedRequirement> requirements, List<AmendmentView> amendments,
                                    Instant serverTime) {
}
