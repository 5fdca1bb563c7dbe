package se.inkopsstod.tenancy.api;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.VendorOrganisationId;

/** A vendor user logged in for the first time. */
@Revision("1")
public record VendorUserIdentityLinkedEvent(VendorOrganisationId vendorOrganisationId, PersonId userId,
                                            String subject) {
}
