package se.inkopsstod.procurement.vendors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.CurrentUser;

import java.util.List;

/** A vendor's own view: the procurements its organisation is invited to, and what was published to it. */
@RestController
@RequestMapping("/api/vendor/procurements")
class VendorProcurementController {

    private final PublicationService publications;

    VendorProcurementController(PublicationService publications) {
        this.publications = publications;
    }

    @GetMapping
    Mono<List<VendorProcurementView>> list(CurrentUser user) {
        return publications.invitedTo(user);
    }

    @GetMapping("/{procurementId}")
    Mono<VendorProcurementView> one(ProcurementAccess access) {
        return publications.asPublishedTo(access);
    }
}
