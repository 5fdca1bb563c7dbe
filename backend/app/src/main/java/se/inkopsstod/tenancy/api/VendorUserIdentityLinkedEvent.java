package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.VendorOrganisationId;

/** A vendor user logged in for the first time. */
@SeenBy(Audience.PLATFORM)
@Revision("1")
public record VendorUserIdentityLinkedEvent(VendorOrganisationId vendorOrganisationId, PersonId userId,
                                            String subject) {
}
