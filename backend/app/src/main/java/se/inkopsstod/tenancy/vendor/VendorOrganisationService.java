package se.inkopsstod.tenancy.vendor;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.Role;
import se.inkopsstod.tenancy.api.VendorOnboarding;
import se.inkopsstod.tenancy.api.VendorOrganisationView;
import se.inkopsstod.tenancy.directory.Directory;

import java.util.List;

/** The platform-wide directory of vendor organisations, kept by platform admins; onboarding is {@link VendorOnboarding}'s. */
@Service
class VendorOrganisationService {

    private final Directory directory;
    private final VendorOnboarding onboarding;

    VendorOrganisationService(Directory directory, VendorOnboarding onboarding) {
        this.directory = directory;
        this.onboarding = onboarding;
    }

    Mono<List<VendorOrganisationView>> vendorOrganisations(CurrentUser user) {
        user.require(Role.PLATFORM_ADMIN);
        return Blocking.call(directory::vendorOrganisations);
    }

    Mono<VendorOrganisationView> register(CurrentUser user, VendorOnboarding.NewVendor vendor) {
        user.require(Role.PLATFORM_ADMIN);
        return onboarding.onboard(vendor, user)
                .flatMap(id -> Blocking.call(() -> directory.vendorOrganisation(id.value()).orElseThrow()));
    }
}
