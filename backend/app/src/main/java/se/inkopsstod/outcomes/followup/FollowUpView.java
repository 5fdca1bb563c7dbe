package se.inkopsstod.outcomes.followup;

import se.inkopsstod.outcomes.api.SurveyQuestion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A procurement's follow-up as the tenant sees it: needs → requirements → outcome in one view,
 * the recorded facts and the survey's distribution (never who answered what, except the caller's own).
 */
record FollowUpView(String procurementId, String title, String phase, Status status, boolean canOpen, Instant openedAt,
                    Instant closedAt, List<NeedOutcome> needs, Double benefitRealisedPercent, Facts facts, Survey survey) {

    enum Status { NOT_OPENED, OPEN, CLOSED }

    record NeedOutcome(String needId, String statement, String indicator, BigDecimal baseline, BigDecimal target,
                       String unit, List<String> requirements, Outcome outcome) {
    }

    record Outcome(BigDecimal realisedValue, LocalDate measuredOn, String source, int benefitRealisedPercent) {
    }

    record Facts(Integer deliveryQuality, String deliveryComment, Integer adoptionPercent, Long yearlyCostPerPupilSek,
                 Boolean openFormatExport, Boolean exitPlanDocumented) {
    }

    /**
     * @param distribution per question, how many answered 1, 2, 3, 4 and 5
     * @param mine         the caller's own answer, to change it
     */
    record Survey(int responses, Map<SurveyQuestion, Double> averages, Map<SurveyQuestion, List<Integer>> distribution,
                  List<String> comments, MyAnswer mine) {
    }

    record MyAnswer(Map<SurveyQuestion, Integer> ratings, String comment) {
    }
}
