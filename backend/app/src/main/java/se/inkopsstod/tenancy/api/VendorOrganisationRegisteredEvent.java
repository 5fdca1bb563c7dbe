package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.VendorOrganisationId;

/** A supplier organisation exists on the platform; any tenant may invite it. */
@SeenBy(Audience.PLATFORM)
@Revision("1")
public record VendorOrganisationRegisteredEvent(VendorOrganisationId vendorOrganisationId, String name,
                                                String organisationNumber) {
}
