package se.inkopsstod.procurement.tender;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.procurement.api.Publication;
import se.inkopsstod.procurement.api.TenderView;
import se.inkopsstod.procurement.api.TendersView;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;

import java.time.Clock;
import java.util.List;

/**
 * The buyer's team's view of the tenders: sealed until the tender deadline, then every submitted
 * tender (drafts never).
 */
@RestController
class TenderController {

    private final Workspace workspace;
    private final VendorAccess vendors;
    private final Tenders tenders;
    private final Clock clock;

    TenderController(Workspace workspace, VendorAccess vendors, Tenders tenders, Clock clock) {
        this.clock = clock;
        this.workspace = workspace;
        this.vendors = vendors;
        this.tenders = tenders;
    }

    @GetMapping("/api/procurements/{procurementId}/tenders")
    Mono<TendersView> tenders(ProcurementAccess access) {
        return Blocking.call(() -> {
            ProcurementId procurement = access.requireMember().procurementId();
            Publication publication = vendors.publication(procurement)
                    .orElseThrow(() -> new NotFoundException("The tender is not published yet."));
            boolean opened = TenderSeal.isOpen(publication, clock.instant());
            List<TenderView> submitted = opened
                    ? tenders.submitted(procurement)
                    : List.of();
            return new TendersView(opened, publication.tenderDeadline(), submitted);
        });
    }
}
