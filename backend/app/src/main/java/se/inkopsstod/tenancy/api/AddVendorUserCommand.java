package se.inkopsstod.tenancy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.VendorOrganisationId;

/** Add a person to a vendor organisation's staff. */
public record AddVendorUserCommand(@TargetAggregateIdentifier VendorOrganisationId vendorOrganisationId,
                                   PersonId userId, String name, String email) {
}
