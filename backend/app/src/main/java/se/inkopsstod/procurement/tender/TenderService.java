package se.inkopsstod.procurement.tender;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.vendors.VendorProcurementView;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tenders: a vendor reads, saves and submits its own against the published requirement set; the
 * buyer's team reads the submitted ones once {@link TenderSeal} lets it.
 */
@Service
class TenderService {

    private final VendorAccess vendors;
    private final Tenders tenders;
    private final Commands commands;
    private final Clock clock;

    TenderService(VendorAccess vendors, Tenders tenders, Commands commands, Clock clock) {
        this.vendors = vendors;
        this.tenders = tenders;
        this.commands = commands;
        this.clock = clock;
    }

    /** The buyer's team's view: sealed until the opening, then every submitted tender (drafts never). */
    Mono<TendersView> submitted(ProcurementAccess access) {
        return Blocking.call(() -> {
            ProcurementId procurement = access.requireMember().procurementId();
            Publication publication = vendors.publication(procurement)
                    .orElseThrow(() -> new NotFoundException("The tender is not published yet.").withMessageKey("not-found.tender-unpublished"));
            Optional<Instant> openedAt = tenders.openedAt(procurement);
            List<TenderView> submitted = openedAt.isPresent() ? tenders.opened(procurement) : List.of();
            return new TendersView(openedAt.isPresent(), publication.tenderDeadline(), openedAt.orElse(null), submitted);
        });
    }

    /** The vendor's own tender as last saved, or an empty one not yet started. */
    Mono<TenderView> own(ProcurementAccess access) {
        access.vendorOrganisationId();
        return Blocking.call(() -> read(access));
    }

    /** Saves the vendor's draft; the aggregate checks the deadline and that it answers the published set only. */
    Mono<TenderView> save(ProcurementAccess access, List<TenderResponse> responses, Long priceSek) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        CurrentUser user = access.user();
        return Blocking.call(() -> {
                    VendorProcurementView procurement = vendors.procurementOf(access);
                    Publication publication = requirePublished(procurement);
                    ProcurementId id = ProcurementId.of(procurement.id());
                    return new SaveTenderCommand(Tenders.idOf(id, vendor), access.tenantId(), id, vendor,
                            responses.stream().map(r -> new TenderResponse(r.requirementId(), r.compliance(),
                                    r.explanation() == null ? null : r.explanation().strip())).toList(),
                            priceSek, requirementIds(procurement), publication.tenderDeadline(), clock.instant(),
                            user.requireId());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> read(access)));
    }

    /** Submits the saved tender; the aggregate checks the deadline, that every requirement is answered and the price. */
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
                .then(Blocking.call(() -> read(access)));
    }

    private TenderView read(ProcurementAccess access) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        return tenders.of(access.procurementId(), vendor)
                .orElseGet(() -> new TenderView(vendor.value(), "", TenderView.Status.NOT_STARTED, List.of(), null, null, null, null,
                        false, tenders.openedAt(access.procurementId()).orElse(null)));
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
}
