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
import se.inkopsstod.outcomes.api.SurveyQuestion;
import se.inkopsstod.procurement.access.ProcurementAccess;

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

    private final FollowUpService followUp;

    FollowUpController(FollowUpService followUp) {
        this.followUp = followUp;
    }

    @GetMapping
    Mono<FollowUpView> get(ProcurementAccess access) {
        return followUp.view(access);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<FollowUpView> open(ProcurementAccess access) {
        return followUp.open(access);
    }

    @PutMapping("/indicators/{needId}")
    Mono<FollowUpView> recordIndicator(ProcurementAccess access, @PathVariable String needId,
                                       @Valid @RequestBody IndicatorRequest request) {
        return followUp.recordIndicator(access, needId, new FollowUpView.Outcome(request.realisedValue(), request.measuredOn(),
                request.source(), request.benefitRealisedPercent()));
    }

    @PutMapping("/facts")
    Mono<FollowUpView> recordFacts(ProcurementAccess access, @Valid @RequestBody FactsRequest request) {
        return followUp.recordFacts(access, new FollowUpView.Facts(request.deliveryQuality(), request.deliveryComment(),
                request.adoptionPercent(), request.yearlyCostPerPupilSek(), request.openFormatExport(), request.exitPlanDocumented()));
    }

    @PostMapping("/survey")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<FollowUpView> answer(ProcurementAccess access, @Valid @RequestBody SurveyRequest request) {
        return followUp.answerSurvey(access, request.ratings(), request.comment(), false);
    }

    @PutMapping("/survey")
    Mono<FollowUpView> changeAnswer(ProcurementAccess access, @Valid @RequestBody SurveyRequest request) {
        return followUp.answerSurvey(access, request.ratings(), request.comment(), true);
    }

    @PostMapping("/close")
    Mono<FollowUpView> close(ProcurementAccess access) {
        return followUp.close(access);
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
