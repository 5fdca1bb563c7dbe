package se.inkopsstod.outcomes.contract;

/**
 * The coarse attributes a huvudman is compared by, never fine enough to single one out.
 *
 * @param sizeBand    SMALL, MEDIUM, LARGE or VERY_LARGE by pupils
 * @param kind        MUNICIPAL or INDEPENDENT
 * @param countyGroup GOTALAND, SVEALAND or NORRLAND (the county's part of Sweden), or UNKNOWN
 */
public record Cohort(String sizeBand, String kind, String countyGroup) {
}
