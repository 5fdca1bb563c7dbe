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
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.vendors.InvitationService.DirectoryEntry;
import se.inkopsstod.procurement.vendors.PublicationService.AmendmentResult;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.tenancy.api.OrganisationNumber;
import se.inkopsstod.tenancy.api.OrganisationNumbers;
import se.inkopsstod.tenancy.api.VendorOnboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The buyer's side of vendors in a procurement: the vendor directory, invitations, publishing
 * the tender (which freezes the requirement set as version 1), amendments and deadline extensions.
 */
@RestController
class VendorInvitationController {

    private final InvitationService invitations;
    private final PublicationService publications;

    VendorInvitationController(InvitationService invitations, PublicationService publications) {
        this.invitations = invitations;
        this.publications = publications;
    }

    /** Every vendor organisation on the platform, to invite from: names and organisation numbers only. */
    @GetMapping("/api/vendor-directory")
    Mono<List<DirectoryEntry>> directory(CurrentUser user) {
        return invitations.directory(user);
    }

    @GetMapping("/api/procurements/{procurementId}/vendors")
    Mono<List<InvitedVendorView>> invited(ProcurementAccess access) {
        return invitations.invited(access);
    }

    /**
     * Invites a vendor organisation from the directory ({@code vendorOrganisationId}), or one not on
     * the platform yet by organisation number with a contact person: it is registered with that
     * person as its first user, who is linked at their first login.
     */
    @PostMapping("/api/procurements/{procurementId}/vendors")
    Mono<List<InvitedVendorView>> invite(ProcurementAccess access, @Valid @RequestBody InviteRequest request) {
        NewVendorRequest vendor = request.newVendor();
        return invitations.invite(access, request.vendorOrganisationId(), vendor == null ? null
                : new VendorOnboarding.NewVendor(vendor.name(), vendor.organisationNumber(), vendor.contactName(),
                vendor.contactEmail()));
    }

    @DeleteMapping("/api/procurements/{procurementId}/vendors/{vendorOrganisationId}")
    Mono<ResponseEntity<Void>> withdraw(ProcurementAccess access, @PathVariable String vendorOrganisationId) {
        return invitations.withdraw(access, vendorOrganisationId).thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/api/procurements/{procurementId}/publication")
    Mono<Publication> publication(ProcurementAccess access) {
        return publications.publication(access);
    }

    /** Publishes the tender with the procurement's requirements as they are now (requirement set version 1). */
    @PostMapping("/api/procurements/{procurementId}/publish")
    Mono<Publication> publish(ProcurementAccess access, @Valid @RequestBody PublishRequest request) {
        return publications.publish(access, new PublicationService.Terms(request.tenderDeadline(), request.lastQuestionDay(),
                request.evaluationModel(), Boolean.TRUE.equals(request.accelerated()), request.qualityValueSek()));
    }

    @GetMapping("/api/procurements/{procurementId}/amendments")
    Mono<List<AmendmentView>> amendments(ProcurementAccess access) {
        return publications.amendments(access);
    }

    /**
     * Changes (or, with {@code withdraw}, removes) a requirement of the published set. The answer
     * warns when it comes so close to the deadline that the deadline should be extended.
     */
    @PostMapping("/api/procurements/{procurementId}/amendments")
    Mono<AmendmentResult> amend(ProcurementAccess access, @Valid @RequestBody AmendRequest request) {
        Changes c = request.changes() == null ? new Changes(null, null, null, null, null) : request.changes();
        return publications.amend(access, request.requirementId(), new RequirementChange(c.text(), c.kind(), c.weight(),
                c.category(), c.verificationMethod(), Boolean.TRUE.equals(request.withdraw())), request.reason());
    }

    /** Moves the tender deadline later (and the last day for questions, if given). */
    @PostMapping("/api/procurements/{procurementId}/deadline")
    Mono<Publication> extend(ProcurementAccess access, @Valid @RequestBody ExtendRequest request) {
        return publications.extend(access, request.tenderDeadline(), request.lastQuestionDay());
    }

    record NewVendorRequest(@NotBlank @Size(max = 200) String name,
                            @NotBlank @Pattern(regexp = OrganisationNumbers.PATTERN, message = "must look like 556000-1231")
                            @OrganisationNumber String organisationNumber,
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

    record ExtendRequest(@NotNull Instant tenderDeadline, LocalDate lastQuestionDay) {
    }

    record PublishRequest(@NotNull Instant tenderDeadline, @NotNull LocalDate lastQuestionDay,
                          @NotNull EvaluationModel evaluationModel, Boolean accelerated,
                          @Positive @Max(100_000_000_000L) Long qualityValueSek) {
    }
}
