package se.inkopsstod.insights.benchmark;

import se.inkopsstod.outcomes.contract.OutcomeShared;

import java.util.function.Function;

/** The figures benchmarked per procurement, and where each comes from in an outcome. */
public enum Metric {
    SATISFACTION(o -> o.satisfaction()),
    BENEFIT_REALISED_PERCENT(o -> o.benefitRealisedPercent()),
    DELIVERY_QUALITY(o -> o.deliveryQuality() == null ? null : o.deliveryQuality().doubleValue()),
    ADOPTION_PERCENT(o -> o.adoptionPercent() == null ? null : o.adoptionPercent().doubleValue()),
    YEARLY_COST_PER_PUPIL_SEK(o -> o.yearlyCostPerPupilSek() == null ? null : o.yearlyCostPerPupilSek().doubleValue()),
    DAYS_FROM_FIRST_NEED_TO_AWARD(o -> o.daysFromFirstNeedToAward() == null ? null : o.daysFromFirstNeedToAward().doubleValue()),
    REQUIREMENT_COUNT(o -> (double) o.requirementCount()),
    INTEROPERABILITY_STANDARD_SHARE_PERCENT(o -> o.requirementCount() == 0 ? null
            : 100.0 * o.requirementsCitingStandard() / o.requirementCount()),
    QUESTIONS_PER_PROCUREMENT(o -> (double) o.questionCount());

    private final Function<OutcomeShared, Double> value;

    Metric(Function<OutcomeShared, Double> value) {
        this.value = value;
    }

    /** The outcome's value, or null when it has none (e.g. no survey answers yet). */
    public Double of(OutcomeShared outcome) {
        return value.apply(outcome);
    }
}
