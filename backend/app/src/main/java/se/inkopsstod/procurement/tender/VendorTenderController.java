package se.inkopsstod.procurement.tender;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.Compliance;
import se.inkopsstod.procurement.api.Publication;
import se.inkopsstod.procurement.api.PublishedRequirement;
import se.inkopsstod.procurement.api.SaveTenderCommand;
import se.inkopsstod.procurement.api.SubmitTenderCommand;
import se.inkopsstod.procurement.api.TenderResponse;
import se.inkopsstod.procurement.api.TenderView;
import se.inkopsstod.procurement.api.VendorProcurementView;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A vendor's own tender: read, save drafts, submit before the deadline. */
@RestController
@RequestMapping("/api/vendor/procurements/{procurementId}/tender")
class VendorTenderController {

    private final VendorAccess vendors;
    private final Tenders tenders;
    private final Commands commands;
    private final Clock clock;

    VendorTenderController(VendorAccess vendors, Tenders tenders, Commands commands, Clock clock) {
        this.clock = clock;
        this.vendors = vendors;
        this.tenders = tenders;
        this.commands = commands;
    }

    @GetMapping
    Mono<TenderView> get(ProcurementAccess access) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        CurrentUser user = access.user();
        return Blocking.call(() -> own(access));
    }

    @PutMapping
    Mono<TenderView> save(ProcurementAccess access, @Valid @RequestBody SaveRequest request) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        CurrentUser user = access.user();
        return Blocking.call(() -> {
                    VendorProcurementView procurement = vendors.procurementOf(access);
                    Publication publication = requirePublished(procurement);
                    ProcurementId id = ProcurementId.of(procurement.id());
                    return new SaveTenderCommand(Tenders.idOf(id, vendor), access.tenantId(), id, vendor,
                            request.responses().stream().map(r -> new TenderResponse(r.requirementId(), r.compliance(),
                                    r.explanation() == null ? null : r.explanation().strip())).toList(),
                            request.priceSek(), requirementIds(procurement), publication.tenderDeadline(), clock.instant(),
                            user.requireId());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> own(access)));
    }

    @PostMapping("/submit")
    Mono<TenderView> submit(ProcurementAccess access) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        CurrentUser user = access.user();
        return Blocking.call(() -> {
                    VendorProcurementView procurement = vendors.procurementOf(access);
                    Publication publication = requirePublished(procurement);
                    ProcurementId id = ProcurementId.of(procurement.id());
                    if (tenders.of(id, vendor).isEmpty()) {
                        throw new ConflictException("tender.not-saved", "Fill in and save your tender before submitting it.");
                    }
                    return new SubmitTenderCommand(Tenders.idOf(id, vendor), access.tenantId(), requirementIds(procurement),
                            publication.requirementSetVersion(), publication.tenderDeadline(), clock.instant());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> own(access)));
    }

    private TenderView own(ProcurementAccess access) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        VendorProcurementView procurement = vendors.procurementOf(access);
        return tenders.of(ProcurementId.of(procurement.id()), vendor)
                .orElse(new TenderView(vendor.value(), "", TenderView.Status.NOT_STARTED, List.of(), null, null, null, null, false));
    }

    private static Publication requirePublished(VendorProcurementView procurement) {
        if (procurement.publication() == null) {
            throw new ConflictException("tender.not-published", "The tender is not published yet: there is nothing to answer.");
        }
        return procurement.publication();
    }

    private static Set<String> requirementIds(VendorProcurementView procurement) {
        return procurement.requirements().stream().map(PublishedRequirement::requirementId).collect(Collectors.toSet());
    }

    record Response(@NotBlank @Size(max = 64) String requirementId, Compliance compliance, @Size(max = 4000) String explanation) {
    }

    record SaveRequest(@NotNull @Size(max = 1000) List<@Valid @NotNull Response> responses,
                       @Max(1_000_000_000_000L) Long priceSek) {
    }
}
