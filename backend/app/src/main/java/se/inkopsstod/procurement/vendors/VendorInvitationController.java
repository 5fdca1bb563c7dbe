package se.inkopsstod.procurement.vendors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.AmendRequirementCommand;
import se.inkopsstod.procurement.api.AmendmentView;
import se.inkopsstod.procurement.api.EvaluationModel;
import se.inkopsstod.procurement.api.ExtendDeadlineCommand;
import se.inkopsstod.procurement.api.PublishedRequirement;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.api.RequirementKind;
import se.inkopsstod.procurement.api.InviteVendorCommand;
import se.inkopsstod.procurement.api.InvitedVendorView;
import se.inkopsstod.procurement.api.Publication;
import se.inkopsstod.procurement.api.PublishTenderCommand;
import se.inkopsstod.procurement.api.WithdrawInvitationCommand;
import se.inkopsstod.procurement.vendors.SubmittedTenders;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.OrganisationNumbers;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.VendorOnboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The buyer's side of vendors in a procurement: the vendor directory, invitations, publishing
 * the tender (which freezes the requirement set as version 1), amendments and deadline extensions.
 */
@RestController
class VendorInvitationController {

    private final Workspace workspace;
    private final VendorAccess vendors;
    private final Organisations organisations;
    private final Commands commands;
    private final SubmittedTenders tenders;
    private final VendorOnboarding onboarding;
    private final Clock clock;

    VendorInvitationController(Workspace workspace, VendorAccess vendors, Organisations organisations, Commands commands,
                               SubmittedTenders tenders, VendorOnboarding onboarding, Clock clock) {
        this.onboarding = onboarding;
        this.clock = clock;
        this.tenders = tenders;
        this.workspace = workspace;
        this.vendors = vendors;
        this.organisations = organisations;
        this.commands = commands;
    }

    /** Every vendor organisation on the platform, to invite from: names and organisation numbers only. */
    @GetMapping("/api/vendor-directory")
    Mono<List<DirectoryEntry>> directory(CurrentUser user) {
        user.tenantId();
        return Blocking.call(() -> organisations.vendorOrganisations().stream()
                .map(v -> new DirectoryEntry(v.id(), v.name(), v.organisationNumber())).toList());
    }

    @GetMapping("/api/procurements/{procurementId}/vendors")
    Mono<List<InvitedVendorView>> invited(ProcurementAccess access) {
        access.requireMember();
        return Blocking.call(() -> vendors.invited(access.procurementId()));
    }

    /**
     * Invites a vendor organisation from the directory ({@code vendorOrganisationId}), or one not on
     * the platform yet by organisation number with a contact person: it is registered with that
     * person as its first user, who is linked at their first login.
     */
    @PostMapping("/api/procurements/{procurementId}/vendors")
    Mono<List<InvitedVendorView>> invite(ProcurementAccess access, @Valid @RequestBody InviteRequest request) {
        CurrentUser user = access.requireBuyer().user();
        return Blocking.call(() -> access.procurementId())
                .flatMap(procurement -> vendorFor(request, user)
                        .flatMap(vendor -> commands.send(new InviteVendorCommand(procurement, access.tenantId(), vendor), user))
                        .thenReturn(procurement))
                .flatMap(procurement -> Blocking.call(() -> vendors.invited(procurement)));
    }

    private Mono<VendorOrganisationId> vendorFor(InviteRequest request, CurrentUser user) {
        if (request.vendorOrganisationId() != null) {
            return Blocking.call(() -> organisations.vendorOrganisation(request.vendorOrganisationId())
                    .map(v -> VendorOrganisationId.of(v.id()))
                    .orElseThrow(() -> new InvalidInputException("vendor.unknown", "vendorOrganisationId", "There is no such vendor organisation.")));
        }
        NewVendorRequest vendor = request.newVendor();
        if (vendor == null) {
            throw new InvalidInputException("vendor.missing", "vendorOrganisationId",
                    "Choose a vendor from the directory, or give a new vendor's organisation number and contact.");
        }
        String number = OrganisationNumbers.normalise(vendor.organisationNumber());
        return Blocking.call(() -> organisations.vendorOrganisationByNumber(number).map(v -> VendorOrganisationId.of(v.id())))
                .flatMap(existing -> existing.map(Mono::just).orElseGet(() -> onboarding.onboard(new VendorOnboarding.NewVendor(
                        vendor.name(), number, vendor.contactName(), vendor.contactEmail()), user)));
    }

    @DeleteMapping("/api/procurements/{procurementId}/vendors/{vendorOrganisationId}")
    Mono<ResponseEntity<Void>> withdraw(ProcurementAccess access, @PathVariable String vendorOrganisationId) {
        CurrentUser user = access.requireBuyer().user();
        if (vendorOrganisationId.length() > 64) {
            throw new NotFoundException("This vendor is not invited to the procurement.");
        }
        return Blocking.call(() -> {
                    ProcurementId procurement = access.procurementId();
                    if (tenders.submitted(procurement, VendorOrganisationId.of(vendorOrganisationId))) {
                        throw new ConflictException("invitation.tender-submitted",
                                "This vendor has submitted a tender: its invitation can no longer be withdrawn.");
                    }
                    return procurement;
                })
                .flatMap(procurement -> commands.send(new WithdrawInvitationCommand(procurement, access.tenantId(),
                        VendorOrganisationId.of(vendorOrganisationId)), user))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/api/procurements/{procurementId}/publication")
    Mono<Publication> publication(ProcurementAccess access) {
        access.requireMember();
        return Blocking.call(() -> vendors.publication(access.procurementId())
                .orElseThrow(() -> new NotFoundException("The tender is not published yet.")));
    }

    /** Publishes the tender with the procurement's requirements as they are now (requirement set version 1). */
    @PostMapping("/api/procurements/{procurementId}/publish")
    Mono<Publication> publish(ProcurementAccess access, @Valid @RequestBody PublishRequest request) {
        CurrentUser user = access.requireBuyer().user();
        return Blocking.call(() -> {
                    ProcurementId procurement = access.procurementId();
                    return new PublishTenderCommand(procurement, access.tenantId(), request.tenderDeadline(),
                            request.lastQuestionDay(), request.evaluationModel(), Boolean.TRUE.equals(request.accelerated()),
                            request.qualityValueSek(), vendors.publishable(procurement), clock.instant());
                })
                .flatMap(command -> commands.send(command, user).thenReturn(command.procurementId()))
                .flatMap(procurement -> Blocking.call(() -> vendors.publication(procurement).orElseThrow()));
    }

    @GetMapping("/api/procurements/{procurementId}/amendments")
    Mono<List<AmendmentView>> amendments(ProcurementAccess access) {
        access.requireMember();
        return Blocking.call(() -> vendors.amendments(access.procurementId()));
    }

    /**
     * Changes (or, with {@code withdraw}, removes) a requirement of the published set. The answer
     * warns when it comes so close to the deadline that the deadline should be extended.
     */
    @PostMapping("/api/procurements/{procurementId}/amendments")
    Mono<AmendmentResult> amend(ProcurementAccess access, @Valid @RequestBody AmendRequest request) {
        CurrentUser user = access.requireBuyer().user();
        return Blocking.call(() -> {
                    ProcurementId procurement = access.procurementId();
                    PublishedRequirement current = vendors.published(procurement).stream()
                            .filter(r -> r.requirementId().equals(request.requirementId())).findFirst()
                            .orElseThrow(() -> new NotFoundException("That requirement is not in the published requirement set."));
                    Changes c = request.changes() == null ? new Changes(null, null, null, null, null) : request.changes();
                    RequirementKind kind = c.kind() != null ? c.kind() : current.kind();
                    PublishedRequirement after = Boolean.TRUE.equals(request.withdraw()) ? null : new PublishedRequirement(
                            current.requirementId(), c.text() != null ? c.text().strip() : current.text(), kind,
                            kind == RequirementKind.MANDATORY ? null : c.weight() != null ? c.weight() : current.weight(),
                            c.category() != null ? c.category() : current.category(),
                            c.verificationMethod() != null ? c.verificationMethod() : current.verificationMethod());
                    return new AmendRequirementCommand(procurement, access.tenantId(), current.requirementId(), after,
                            request.reason(), clock.instant());
                })
                .flatMap(command -> commands.send(command, user).thenReturn(command.procurementId()))
                .flatMap(procurement -> Blocking.call(() -> {
                    List<AmendmentView> all = vendors.amendments(procurement);
                    AmendmentView made = all.get(all.size() - 1);
                    return new AmendmentResult(made, made.closeToDeadline() ? new Warning("amendment.close-to-deadline",
                            "This amendment comes after the day answers were due. Consider extending the tender deadline "
                                    + "so that every vendor has time to adapt.") : null);
                }));
    }

    /** Moves the tender deadline later (and the last day for questions, if given). */
    @PostMapping("/api/procurements/{procurementId}/deadline")
    Mono<Publication> extend(ProcurementAccess access, @Valid @RequestBody ExtendRequest request) {
        CurrentUser user = access.requireBuyer().user();
        return Blocking.call(() -> access.procurementId())
                .flatMap(procurement -> commands.send(new ExtendDeadlineCommand(procurement, access.tenantId(),
                        request.tenderDeadline(), request.lastQuestionDay(), clock.instant()), user).thenReturn(procurement))
                .flatMap(procurement -> Blocking.call(() -> vendors.publication(procurement).orElseThrow()));
    }

    record DirectoryEntry(String id, String name, String organisationNumber) {
    }

    record NewVendorRequest(@NotBlank @Size(max = 200) String name,
                            @NotBlank @Pattern(regexp = OrganisationNumbers.PATTERN, message = "must look like 556000-1234") String organisationNumber,
                            @NotBlank @Size(max = 200) String contactName,
                            @NotBlank @Email @Size(max = 254) String contactEmail) {
    }

    record InviteRequest(@Size(max = 64) String vendorOrganisationId, @Valid NewVendorRequest newVendor) {
    }

    record Changes(@Size(min = 1, max = 4000) String text, RequirementKind kind, @Min(1) @Max(100) Integer weight,
                   RequirementCategory category, @Size(max = 1000) String verificationMethod) {
    }

    record AmendRequest(@NotBlank @Size(max = 64) String requirementId, @Valid Changes changes, Boolean withdraw,
                        @NotBlank @Size(max = 2000) String reason) {
    }

    record Warning(String code, String message) {
    }

    record AmendmentResult(AmendmentView amendment, Warning warning) {
    }

    record ExtendRequest(@NotNull Instant tenderDeadline, LocalDate lastQuestionDay) {
    }

    record PublishRequest(@NotNull Instant tenderDeadline, @NotNull LocalDate lastQuestionDay,
                          @NotNull EvaluationModel evaluationModel, Boolean accelerated,
                          @Positive @Max(100_000_000_000L) Long qualityValueSek) {
    }
}
