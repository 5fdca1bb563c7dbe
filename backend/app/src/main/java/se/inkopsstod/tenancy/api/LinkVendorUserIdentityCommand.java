package se.inkopsstod.tenancy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.VendorOrganisationId;

/** Tie a vendor user to the identity provider's subject at their first login. */
public record LinkVendorUserIdentityCommand(@TargetAggregateIdentifier VendorOrganisationId vendorOrganisationId,
                                            PersonId userId, String subject) {
}
