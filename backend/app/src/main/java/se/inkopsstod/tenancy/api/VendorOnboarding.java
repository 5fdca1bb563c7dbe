package se.inkopsstod.tenancy.api;

import reactor.core.publisher.Mono;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.VendorOrganisationId;

/**
 * Registers a vendor organisation with its first user, who is linked to their login at their
 * first sign-in (as any person added by e-mail). Used by platform admins and by buyers inviting a
 * vendor that is not on the platform yet.
 */
public interface VendorOnboarding {

    /** A new vendor organisation and the person to contact there. */
    record NewVendor(String name, String organisationNumber, String contactName, String contactEmail) {
    }

    /**
     * @return the new organisation's id; 409 {@code organisation.number-taken} or
     *         {@code member.email-taken} if either is already registered
     */
    Mono<VendorOrganisationId> onboard(NewVendor vendor, CurrentUser by);
}
