package se.inkopsstod.procurement.vendors;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.InviteVendorCommand;
import se.inkopsstod.procurement.model.WithdrawInvitationCommand;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.OrganisationNumbers;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.VendorOnboarding;

import java.util.List;

/** Which vendors a procurement invites: the vendor directory, inviting (onboarding a new vendor if need be) and withdrawing. */
@Service
class InvitationService {

    private final VendorAccess vendors;
    private final Organisations organisations;
    private final Commands commands;
    private final VendorOnboarding onboarding;

    InvitationService(VendorAccess vendors, Organisations organisations, Commands commands, VendorOnboarding onboarding) {
        this.vendors = vendors;
        this.organisations = organisations;
        this.commands = commands;
        this.onboarding = onboarding;
    }

    /** Every vendor organisation on the platform, for a member of a tenant to invite from. */
    Mono<List<DirectoryEntry>> directory(CurrentUser user) {
        user.tenantId();
        return Blocking.call(() -> organisations.vendorOrganisations().stream()
                .map(v -> new DirectoryEntry(v.id(), v.name(), v.organisationNumber())).toList());
    }

    Mono<List<InvitedVendorView>> invited(ProcurementAccess access) {
        access.requireMember();
        return Blocking.call(() -> vendors.invited(access.procurementId()));
    }

    /**
     * Invites a vendor from the directory ({@code vendorOrganisationId}), or else one known by
     * organisation number, registering it with its contact person if it is not on the platform yet.
     */
    Mono<List<InvitedVendorView>> invite(ProcurementAccess access, String vendorOrganisationId,
                                         VendorOnboarding.NewVendor newVendor) {
        CurrentUser user = access.requireBuyer().user();
        ProcurementId procurement = access.procurementId();
        return Mono.defer(() -> vendorFor(vendorOrganisationId, newVendor, user))
                .flatMap(vendor -> commands.send(new InviteVendorCommand(procurement, access.tenantId(), vendor), user))
                .then(Blocking.call(() -> vendors.invited(procurement)));
    }

    private Mono<VendorOrganisationId> vendorFor(String vendorOrganisationId, VendorOnboarding.NewVendor vendor,
                                                 CurrentUser user) {
        if (vendorOrganisationId != null) {
            return Blocking.call(() -> organisations.vendorOrganisation(vendorOrganisationId)
                    .map(v -> VendorOrganisationId.of(v.id()))
                    .orElseThrow(() -> new InvalidInputException("vendor.unknown", "vendorOrganisationId", "There is no such vendor organisation.")));
        }
        if (vendor == null) {
            throw new InvalidInputException("vendor.missing", "vendorOrganisationId",
                    "Choose a vendor from the directory, or give a new vendor's organisation number and contact.");
        }
        String number = OrganisationNumbers.normalise(vendor.organisationNumber());
        return Blocking.call(() -> organisations.vendorOrganisationByNumber(number).map(v -> VendorOrganisationId.of(v.id())))
                .flatMap(existing -> existing.map(Mono::just).orElseGet(() -> onboarding.onboard(new VendorOnboarding.NewVendor(
                        vendor.name(), number, vendor.contactName(), vendor.contactEmail()), user)));
    }

    /** Withdraws an invitation; the procurement refuses if the vendor has submitted a tender. */
    Mono<Void> withdraw(ProcurementAccess access, String vendorOrganisationId) {
        CurrentUser user = access.requireBuyer().user();
        if (vendorOrganisationId.length() > 64) {
            throw new NotFoundException("This vendor is not invited to the procurement.").withMessageKey("not-found.vendor-not-invited");
        }
        ProcurementId procurement = access.procurementId();
        VendorOrganisationId vendor = VendorOrganisationId.of(vendorOrganisationId);
        return commands.send(new WithdrawInvitationCommand(procurement, access.tenantId(), vendor), user).then();
    }

    /** A vendor organisation in the directory: names and organisation numbers only. */
    record DirectoryEntry(String id, String name, String organisationNumber) {
    }
}
