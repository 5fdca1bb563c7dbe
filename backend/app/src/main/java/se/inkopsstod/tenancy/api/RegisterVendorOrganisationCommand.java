package se.inkopsstod.tenancy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.VendorOrganisationId;

/** Register a supplier organisation once for the whole platform. */
public record RegisterVendorOrganisationCommand(@TargetAggregateIdentifier VendorOrganisationId vendorOrganisationId,
                                                String name, String organisationNumber) {
}
