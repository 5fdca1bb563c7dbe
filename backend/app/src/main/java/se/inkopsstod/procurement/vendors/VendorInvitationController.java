package se.inkopsstod.procurement.vendors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import se.inkopsstod.procurement.api.EvaluationModel;
import se.inkopsstod.procurement.api.InviteVendorCommand;
import se.inkopsstod.procurement.api.InvitedVendorView;
import se.inkopsstod.procurement.api.Publication;
import se.inkopsstod.procurement.api.PublishTenderCommand;
import se.inkopsstod.procurement.api.WithdrawInvitationCommand;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.Organisations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The buyer's side of vendors in a procurement: the vendor directory, invitations, and
 * publishing the tender (which freezes the requirement set as version 1).
 */
@RestController
class VendorInvitationController {

    private final Workspace workspace;
    private final VendorAccess vendors;
    private final Organisations organisations;
    private final Commands commands;

    VendorInvitationController(Workspace workspace, VendorAccess vendors, Organisations organisations, Commands commands) {
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
    Mono<List<InvitedVendorView>> invited(CurrentUser user, @PathVariable String procurementId) {
        return Blocking.call(() -> vendors.invited(readable(user, procurementId)));
    }

    @PostMapping("/api/procurements/{procurementId}/vendors")
    Mono<List<InvitedVendorView>> invite(CurrentUser user, @PathVariable String procurementId,
                                         @Valid @RequestBody InviteRequest request) {
        user.require(Role.BUYER);
        return Blocking.call(() -> {
                    ProcurementId procurement = readable(user, procurementId);
                    if (organisations.vendorOrganisation(request.vendorOrganisationId()).isEmpty()) {
                        throw new InvalidInputException("vendor.unknown", "vendorOrganisationId", "There is no such vendor organisation.");
                    }
                    return procurement;
                })
                .flatMap(procurement -> commands.send(new InviteVendorCommand(procurement, user.tenantId(),
                        VendorOrganisationId.of(request.vendorOrganisationId())), user).thenReturn(procurement))
                .flatMap(procurement -> Blocking.call(() -> vendors.invited(procurement)));
    }

    @DeleteMapping("/api/procurements/{procurementId}/vendors/{vendorOrganisationId}")
    Mono<ResponseEntity<Void>> withdraw(CurrentUser user, @PathVariable String procurementId,
                                        @PathVariable String vendorOrganisationId) {
        user.require(Role.BUYER);
        if (vendorOrganisationId.length() > 64) {
            throw new NotFoundException("This vendor is not invited to the procurement.");
        }
        return Blocking.call(() -> readable(user, procurementId))
                .flatMap(procurement -> commands.send(new WithdrawInvitationCommand(procurement, user.tenantId(),
                        VendorOrganisationId.of(vendorOrganisationId)), user))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/api/procurements/{procurementId}/publication")
    Mono<Publication> publication(CurrentUser user, @PathVariable String procurementId) {
        return Blocking.call(() -> vendors.publication(readable(user, procurementId))
                .orElseThrow(() -> new NotFoundException("The tender is not published yet.")));
    }

    /** Publishes the tender with the procurement's requirements as they are now (requirement set version 1). */
    @PostMapping("/api/procurements/{procurementId}/publish")
    Mono<Publication> publish(CurrentUser user, @PathVariable String procurementId, @Valid @RequestBody PublishRequest request) {
        user.require(Role.BUYER);
        return Blocking.call(() -> {
                    ProcurementId procurement = readable(user, procurementId);
                    return new PublishTenderCommand(procurement, user.tenantId(), request.tenderDeadline(),
                            request.lastQuestionDay(), request.evaluationModel(), Boolean.TRUE.equals(request.accelerated()),
                            vendors.publishable(procurement), Instant.now());
                })
                .flatMap(command -> commands.send(command, user).thenReturn(command.procurementId()))
                .flatMap(procurement -> Blocking.call(() -> vendors.publication(procurement).orElseThrow()));
    }

    private ProcurementId readable(CurrentUser user, String procurementId) {
        return ProcurementId.of(workspace.readable(user, procurementId).id());
    }

    record DirectoryEntry(String id, String name, String organisationNumber) {
    }

    record InviteRequest(@NotBlank @Size(max = 64) String vendorOrganisationId) {
    }

    record PublishRequest(@NotNull Instant tenderDeadline, @NotNull LocalDate lastQuestionDay,
                          @NotNull EvaluationModel evaluationModel, Boolean accelerated) {
    }
}
