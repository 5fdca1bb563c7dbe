package se.inkopsstod.insights.benchmark;

/**
 * One benchmark figure: median and spread (quartiles) of its contributions, or, when too few
 * tenants stand behind it or two of them dominate, only why it is suppressed.
 *
 * @param contributions procurements with a value
 * @param tenants       distinct huvudmän behind them
 * @param suppressed    null when shown; else {@link Suppression.Reason}
 */
public record Cell(String key, Double median, Double lowerQuartile, Double upperQuartile, int contributions, int tenants,
                   Suppression.Reason suppressed) {
}
