package se.inkopsstod.procurement.tender;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;

import java.util.List;

/** A vendor's own tender: read, save drafts, submit before the deadline. */
@RestController
@RequestMapping("/api/vendor/procurements/{procurementId}/tender")
class VendorTenderController {

    private final TenderService tenders;

    VendorTenderController(TenderService tenders) {
        this.tenders = tenders;
    }

    @GetMapping
    Mono<TenderView> get(ProcurementAccess access) {
        return tenders.own(access);
    }

    @PutMapping
    Mono<TenderView> save(ProcurementAccess access, @Valid @RequestBody SaveRequest request) {
        return tenders.save(access, request.responses().stream()
                .map(r -> new TenderResponse(r.requirementId(), r.compliance(), r.explanation())).toList(), request.priceSek());
    }

    @PostMapping("/submit")
    Mono<TenderView> submit(ProcurementAccess access) {
        return tenders.submit(access);
    }

    record Response(@NotBlank @Size(max = 64) String requirementId, Compliance compliance, @Size(max = 4000) String explanation) {
    }

    record SaveRequest(@NotNull @Size(max = 1000) List<@Valid @NotNull Response> responses,
                       @Max(1_000_000_000_000L) Long priceSek) {
    }
}
