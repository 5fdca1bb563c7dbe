package se.inkopsstod.procurement.tender;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;

/**
 * The buyer's team's view of the tenders: sealed until the tender deadline, then every submitted
 * tender (drafts never).
 */
@RestController
class TenderController {

    private final TenderService tenders;

    TenderController(TenderService tenders) {
        this.tenders = tenders;
    }

    @GetMapping("/api/procurements/{procurementId}/tenders")
    Mono<TendersView> tenders(ProcurementAccess access) {
        return tenders.submitted(access);
    }
}
