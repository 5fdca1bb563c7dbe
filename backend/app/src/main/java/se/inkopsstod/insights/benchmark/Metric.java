package se.inkopsstod.insights.benchmark;

import se.inkopsstod.outcomes.contract.OutcomeShared;

import java.util.function.Function;

/** The figures benchmarked per procurement, where each comes from in an outcome, and how finely it is published. */
public enum Metric {
    SATISFACTION(0.1, o -> o.satisfaction()),
    BENEFIT_REALISED_PERCENT(5, o -> o.benefitRealisedPercent()),
    DELIVERY_QUALITY(0.1, o -> o.deliveryQuality() == null ? null : o.deliveryQuality().doubleValue()),
    ADOPTION_PERCENT(5, o -> o.adoptionPercent() == null ? null : o.adoptionPercent().doubleValue()),
    YEARLY_COST_PER_PUPIL_SEK(10, o -> o.yearlyCostPerPupilSek() == null ? null : o.yearlyCostPerPupilSek().doubleValue()),
    DAYS_FROM_FIRST_NEED_TO_AWARD(5, o -> o.daysFromFirstNeedToAward() == null ? null : o.daysFromFirstNeedToAward().doubleValue()),
    REQUIREMENT_COUNT(1, o -> (double) o.requirementCount()),
    INTEROPERABILITY_STANDARD_SHARE_PERCENT(5, o -> o.requirementCount() == 0 ? null
            : 100.0 * o.requirementsCitingStandard() / o.requirementCount()),
    QUESTIONS_PER_PROCUREMENT(1, o -> (double) o.questionCount());

    /** Percentages of a requirement mix are published to the same precision as the other shares. */
    public static final double SHARE_PRECISION = 5;

    private final double precision;
    private final Function<OutcomeShared, Double> value;

    Metric(double precision, Function<OutcomeShared, Double> value) {
        this.precision = precision;
        this.value = value;
    }

    /**
     * What a published figure is rounded to: a tenth on the 1–5 scales, 5 percentage points, 10 kr,
     * 5 days, whole requirements and questions. Coarse enough that a small change in one contribution
     * rarely moves a published figure.
     */
    public double precision() {
        return precision;
    }

    /** The outcome's value, or null when it has none (e.g. no survey answers yet). */
    public Double of(OutcomeShared outcome) {
        return value.apply(outcome);
    }
}
