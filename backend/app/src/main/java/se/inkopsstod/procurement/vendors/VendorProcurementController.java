package se.inkopsstod.procurement.vendors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.procurement.api.VendorProcurementView;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.VendorOrganisationId;

import java.util.List;

/** A vendor's own view: the procurements its organisation is invited to, and what was published to it. */
@RestController
@RequestMapping("/api/vendor/procurements")
class VendorProcurementController {

    private final VendorAccess vendors;

    VendorProcurementController(VendorAccess vendors) {
        this.vendors = vendors;
    }

    @GetMapping
    Mono<List<VendorProcurementView>> list(CurrentUser user) {
        VendorOrganisationId vendor = VendorAccess.vendorOf(user);
        return Blocking.call(() -> vendors.procurementsOf(vendor));
    }

    @GetMapping("/{procurementId}")
    Mono<VendorProcurementView> one(ProcurementAccess access) {
        access.vendorOrganisationId();
        return Blocking.call(() -> vendors.procurementOf(access));
    }
}
