package se.inkopsstod.insights.benchmark;

/**
 * One benchmark figure: the median and, from {@value Suppression#MIN_CONTRIBUTIONS_FOR_QUARTILES}
 * contributions, the quartiles, rounded to the metric's precision; or, when the figure may not be
 * shown, only why. A suppressed cell carries no counts: a count is itself something to subtract.
 *
 * @param contributions procurements with a value, rounded down to a multiple of {@value Suppression#COUNT_BASE}; null when suppressed
 * @param tenants       distinct huvudmän behind them, rounded down the same way; null when suppressed
 * @param suppressed    null when shown; else {@link Suppression.Reason}
 */
public record Cell(String key, Double median, Double lowerQuartile, Double upperQuartile, Integer contributions, Integer tenants,
                   Suppression.Reason suppressed) {

    static Cell suppressed(String key, Suppression.Reason reason) {
        return new Cell(key, null, null, null, null, null, reason);
    }
}
