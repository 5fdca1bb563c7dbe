package se.inkopsstod.procurement.tender;

import jakarta.validation.Valid;
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
import se.inkopsstod.platform.web.RequiresRole;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.Role;

import java.util.List;

/** The opening of tenders: its state and record, appointing openers (buyers) and confirming (the openers). */
@RestController
@RequestMapping("/api/procurements/{procurementId}/opening")
class OpeningController {

    private final OpeningService openings;

    OpeningController(OpeningService openings) {
        this.openings = openings;
    }

    @GetMapping
    Mono<OpeningView> get(ProcurementAccess access) {
        return openings.view(access);
    }

    @PutMapping("/openers")
    @RequiresRole({Role.BUYER})
    Mono<OpeningView> appoint(ProcurementAccess access, @Valid @RequestBody AppointRequest request) {
        return openings.appoint(access, request.openers());
    }

    @PostMapping("/confirm")
    Mono<OpeningView> confirm(ProcurementAccess access) {
        return openings.confirm(access);
    }

    record AppointRequest(@NotNull @Size(max = 10) List<@NotBlank @Size(max = 64) String> openers) {
    }
}
