package se.inkopsstod.procurement.workspace;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.model.AsOfView;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.Procedure;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** The caller's tenant's procurements: list, start, move through phases, set the team. */
@RestController
@RequestMapping("/api/procurements")
class ProcurementController {

    private final ProcurementService procurements;

    ProcurementController(ProcurementService procurements) {
        this.procurements = procurements;
    }

    @GetMapping
    Mono<List<ProcurementSummary>> list(CurrentUser user) {
        return procurements.list(user);
    }

    @PostMapping
    Mono<ResponseEntity<ProcurementView>> create(CurrentUser user, @Valid @RequestBody CreateRequest request) {
        return procurements.create(user, request.toNewProcurement())
                .map(view -> ResponseEntity.created(URI.create("/api/procurements/" + view.id())).body(view));
    }

    @GetMapping("/{procurementId}")
    Mono<ProcurementView> get(ProcurementAccess access) {
        return procurements.view(access);
    }

    @PutMapping("/{procurementId}/phase")
    Mono<ProcurementView> changePhase(ProcurementAccess access, @Valid @RequestBody PhaseRequest request) {
        return procurements.changePhase(access, request.phase());
    }

    @PutMapping("/{procurementId}/team")
    Mono<ProcurementView> setTeam(ProcurementAccess access, @Valid @RequestBody TeamRequest request) {
        return procurements.setTeam(access, request.memberIds());
    }

    /** The whole workspace as it was at a moment (ISO-8601, e.g. 2026-11-20T14:00:00Z), from the event store. */
    @GetMapping("/{procurementId}/as-of")
    Mono<AsOfView> asOf(ProcurementAccess access, @RequestParam String at) {
        return procurements.asOf(access, parseInstant(at));
    }

    private static Instant parseInstant(String at) {
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("as-of.invalid-time", "at", "Give the moment as ISO-8601 with a zone, e.g. 2026-11-20T14:00:00+01:00.");
        }
    }

    record CreateRequest(@NotBlank @Size(max = 200) String title,
                         @Size(max = 5000) String description,
                         @NotBlank @Size(max = 64) String category,
                         @NotNull Procedure procedure,
                         @NotNull @PositiveOrZero @Max(100_000_000_000L) Long estimatedValueSek,
                         LocalDate plannedTenderDate,
                         LocalDate plannedAwardDate) {
        NewProcurement toNewProcurement() {
            return new NewProcurement(title, description, category, procedure, estimatedValueSek, plannedTenderDate,
                    plannedAwardDate);
        }
    }

    record PhaseRequest(@NotNull Phase phase) {
    }

    record TeamRequest(@NotEmpty @Size(max = 500) Set<@NotBlank @Size(max = 64) String> memberIds) {
    }
}
