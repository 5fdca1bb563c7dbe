package se.inkopsstod.tenancy.api;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.VendorOrganisationId;

/** A person joined a vendor organisation's staff. */
@Revision("1")
public record VendorUserAddedEvent(VendorOrganisationId vendorOrganisationId, PersonId userId, String name,
                                   String email) {
}
