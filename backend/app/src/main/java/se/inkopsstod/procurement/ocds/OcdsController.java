package se.inkopsstod.procurement.ocds;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;

/** The procurement as an OCDS 1.1 release package, for the huvudman's team to publish as open data. */
@RestController
class OcdsController {

    private final OcdsService ocds;

    OcdsController(OcdsService ocds) {
        this.ocds = ocds;
    }

    @GetMapping(value = "/api/procurements/{procurementId}/ocds", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<OcdsPackage> export(ProcurementAccess access) {
        return ocds.export(access);
    }
}
