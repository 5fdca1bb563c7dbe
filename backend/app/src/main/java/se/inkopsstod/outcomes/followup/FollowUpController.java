package se.inkopsstod.outcomes.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.outcomes.api.AnswerSurveyCommand;
import se.inkopsstod.outcomes.api.CloseFollowUpCommand;
import se.inkopsstod.outcomes.api.OpenFollowUpCommand;
import se.inkopsstod.outcomes.api.RecordFollowUpFactsCommand;
import se.inkopsstod.outcomes.api.RecordIndicatorOutcomeCommand;
import se.inkopsstod.outcomes.api.SurveyQuestion;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.ProcurementFacts;
import se.inkopsstod.procurement.api.ProcurementFactsView;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The follow-up of a procurement in its tenant: buyers open it and record outcomes per need and
 * the facts of delivery, adoption, cost and exit; everyone who may see the procurement (its team,
 * the tenant's buyers and administrators) answers the survey once, and may change the answer until
 * the buyer closes the follow-up.
 */
@RestController
@RequestMapping("/api/procurements/{procurementId}/follow-up")
class FollowUpController {

    private final ProcurementFacts procurements;
    private final FollowUps followUps;
    private final Commands commands;

    FollowUpController(ProcurementFacts procurements, FollowUps followUps, Commands commands) {
        this.procurements = procurements;
        this.followUps = followUps;
        this.commands = commands;
    }

    @GetMapping
    Mono<FollowUpView> get(ProcurementAccess access) {
        return Blocking.call(() -> followUps.view(facts(access), access.user().id()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<FollowUpView> open(ProcurementAccess access) {
        CurrentUser user = access.requireBuyer().user();
        return write(access, facts -> {
            if (!FollowUps.OPENABLE_IN.contains(facts.phase())) {
                throw new ConflictException("follow-up.phase", "Follow-up opens once the procurement is in implementation.");
            }
            ProcurementId id = ProcurementId.of(facts.procurementId());
            if (followUps.exists(id)) {
                throw new ConflictException("follow-up.opened", "The follow-up is open already.");
            }
            return new OpenFollowUpCommand(FollowUps.idOf(id), access.tenantId(), id, user.requireId());
        });
    }

    @PutMapping("/indicators/{needId}")
    Mono<FollowUpView> recordIndicator(ProcurementAccess access, @PathVariable String needId,
                                       @Valid @RequestBody IndicatorRequest request) {
        CurrentUser user = access.requireBuyer().user();
        return write(access, facts -> {
            if (facts.needs().stream().noneMatch(n -> n.needId().equals(needId))) {
                throw new NotFoundException("No accepted need " + needId + " in this procurement.");
            }
            ProcurementId id = requireOpened(facts);
            return new RecordIndicatorOutcomeCommand(FollowUps.idOf(id), access.tenantId(), id, NeedId.of(needId),
                    request.realisedValue(), request.measuredOn(), request.source(), request.benefitRealisedPercent(),
                    user.requireId());
        });
    }

    @PutMapping("/facts")
    Mono<FollowUpView> recordFacts(ProcurementAccess access, @Valid @RequestBody FactsRequest request) {
        CurrentUser user = access.requireBuyer().user();
        return write(access, facts -> {
            ProcurementId id = requireOpened(facts);
            return new RecordFollowUpFactsCommand(FollowUps.idOf(id), access.tenantId(), id, request.deliveryQuality(),
                    request.deliveryComment(), request.adoptionPercent(), request.yearlyCostPerPupilSek(),
                    request.openFormatExport(), request.exitPlanDocumented(), user.requireId());
        });
    }

    @PostMapping("/survey")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<FollowUpView> answer(ProcurementAccess access, @Valid @RequestBody SurveyRequest request) {
        return survey(access, request, false);
    }

    @PutMapping("/survey")
    Mono<FollowUpView> changeAnswer(ProcurementAccess access, @Valid @RequestBody SurveyRequest request) {
        return survey(access, request, true);
    }

    @PostMapping("/close")
    Mono<FollowUpView> close(ProcurementAccess access) {
        CurrentUser user = access.requireBuyer().user();
        return write(access, facts -> {
            ProcurementId id = requireOpened(facts);
            return new CloseFollowUpCommand(FollowUps.idOf(id), access.tenantId(), id, user.requireId());
        });
    }

    private Mono<FollowUpView> survey(ProcurementAccess access, SurveyRequest request, boolean revision) {
        CurrentUser user = access.require(Role.BUYER, Role.USER, Role.TENANT_ADMIN).user();
        return write(access, facts -> {
            ProcurementId id = requireOpened(facts);
            return new AnswerSurveyCommand(FollowUps.idOf(id), access.tenantId(), id, user.requireId(), request.ratings(),
                    request.comment(), revision);
        });
    }

    private Mono<FollowUpView> write(ProcurementAccess access,
                                     java.util.function.Function<ProcurementFactsView, Object> command) {
        return Blocking.call(() -> command.apply(facts(access)))
                .flatMap(c -> commands.send(c, access.user()))
                .then(Blocking.call(() -> followUps.view(facts(access), access.user().id())));
    }

    private ProcurementId requireOpened(ProcurementFactsView facts) {
        ProcurementId id = ProcurementId.of(facts.procurementId());
        if (!followUps.exists(id)) {
            throw new ConflictException("follow-up.not-opened", "The buyer has not opened the follow-up yet.");
        }
        return id;
    }

    /** The procurement the gate let the person into: its team, buyers and administrators, like every route of it. */
    private ProcurementFactsView facts(ProcurementAccess access) {
        access.requireMember().user().requireId();
        return procurements.of(access.tenantId(), access.procurementId())
                .orElseThrow(() -> new NotFoundException("No such procurement."));
    }

    record IndicatorRequest(@NotNull BigDecimal realisedValue, @NotNull LocalDate measuredOn, @Size(max = 500) String source,
                            @NotNull @Min(0) @Max(100) Integer benefitRealisedPercent) {
    }

    record FactsRequest(@Min(1) @Max(5) Integer deliveryQuality, @Size(max = 2000) String deliveryComment,
                        @Min(0) @Max(100) Integer adoptionPercent, @Min(0) Long yearlyCostPerPupilSek,
                        Boolean openFormatExport, Boolean exitPlanDocumented) {
    }

    record SurveyRequest(@NotNull Map<SurveyQuestion, Integer> ratings, @Size(max = 2000) String comment) {
    }
}
