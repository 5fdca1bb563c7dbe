package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.VendorOrganisationId;

/** A person joined a vendor organisation's staff. */
@SeenBy(Audience.PLATFORM)
@Revision("1")
public record VendorUserAddedEvent(VendorOrganisationId vendorOrganisationId, PersonId userId, String name,
                                   String email) {
}
