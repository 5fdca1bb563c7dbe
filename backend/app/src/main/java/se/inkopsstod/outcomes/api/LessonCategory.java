package se.inkopsstod.outcomes.api;

/** What a lesson learned is about; lessons are filtered by it across all tenants. */
public enum LessonCategory {
    NEEDS_AND_INVOLVEMENT, MARKET_DIALOGUE, REQUIREMENTS, INTEROPERABILITY, PRIVACY_AND_SECURITY, ACCESSIBILITY,
    EVALUATION_AND_AWARD, CONTRACT_AND_PRICE, IMPLEMENTATION_AND_TRAINING, EXIT_AND_PORTABILITY
}
