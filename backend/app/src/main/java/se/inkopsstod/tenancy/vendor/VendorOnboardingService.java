package se.inkopsstod.tenancy.vendor;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.AddVendorUserCommand;
import se.inkopsstod.tenancy.api.OrganisationNumbers;
import se.inkopsstod.tenancy.api.RegisterVendorOrganisationCommand;
import se.inkopsstod.tenancy.api.VendorOnboarding;
import se.inkopsstod.tenancy.directory.Directory;

@Service
class VendorOnboardingService implements VendorOnboarding {

    private final Directory directory;
    private final Commands commands;

    VendorOnboardingService(Directory directory, Commands commands) {
        this.directory = directory;
        this.commands = commands;
    }

    @Override
    public Mono<VendorOrganisationId> onboard(NewVendor vendor, CurrentUser by) {
        VendorOrganisationId id = VendorOrganisationId.random();
        String organisationNumber = OrganisationNumbers.normalise(vendor.organisationNumber());
        return Blocking.run(() -> directory.requireUnregistered(organisationNumber, vendor.contactEmail()))
                .then(commands.send(new RegisterVendorOrganisationCommand(id, vendor.name().strip(), organisationNumber), by))
                .then(commands.send(new AddVendorUserCommand(id, PersonId.random(), vendor.contactName().strip(),
                        vendor.contactEmail().strip()), by))
                .thenReturn(id);
    }
}
