package se.inkopsstod.procurement.vendors;

import java.time.Instant;

/** A vendor organisation invited to a procurement, as the buyer's team sees it. */
public record InvitedVendorView(String vendorOrganisationId, String name, String organisationNumber, Instant invitedAt) {
}
