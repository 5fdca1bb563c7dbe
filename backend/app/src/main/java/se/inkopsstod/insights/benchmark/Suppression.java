package se.inkopsstod.insights.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The disclosure rules of shared insights (docs/architecture.md, "Disclosure rules"). A figure is
 * shown only when
 * <ol>
 *   <li>at least {@value #MIN_TENANTS} distinct tenants contribute (so at least
 *       {@value #MIN_CONTRIBUTIONS_FOR_MEDIAN} contributions: the median);</li>
 *   <li>no two of them together make up more than {@value #MAX_TWO_TENANT_SHARE_PERCENT} % of the
 *       contributions (dominance, n = 2, k = 85 %);</li>
 *   <li>every complementary set passes the same two rules: the outcomes that a wider published
 *       figure (the same one without one of this figure's filters) has and this one has not. Two
 *       published figures can then only be subtracted down to a group that could itself be shown.</li>
 * </ol>
 * Quartiles are shown only from {@value #MIN_CONTRIBUTIONS_FOR_QUARTILES} contributions (with
 * five, they would be the 2nd, 3rd and 4th individual values). Figures are rounded to the metric's
 * precision; counts are rounded down to a multiple of {@value #COUNT_BASE}; a suppressed figure
 * carries no count at all.
 */
public final class Suppression {

    public static final int MIN_TENANTS = 5;
    public static final int MIN_CONTRIBUTIONS_FOR_MEDIAN = 5;
    public static final int MIN_CONTRIBUTIONS_FOR_QUARTILES = 10;
    public static final int MAX_TWO_TENANT_SHARE_PERCENT = 85;
    public static final int COUNT_BASE = 5;

    public enum Reason { FEWER_THAN_5_TENANTS, DOMINATED_BY_TWO_TENANTS, COMPLEMENT_TOO_SMALL }

    private Suppression() {
    }

    /** One tenant's value for a cell. */
    public record Contribution(String tenantRef, double value) {
    }

    /** A cell with no wider published figure to be subtracted from. */
    public static Cell cell(String key, Collection<Contribution> contributions, double precision) {
        return cell(key, contributions, List.of(), precision);
    }

    /**
     * A cell of {@code contributions}; {@code complements} are, for each wider published figure, the
     * contributions it has beyond these (an empty complement is the same figure twice: no harm).
     */
    public static Cell cell(String key, Collection<Contribution> contributions,
                            Collection<? extends Collection<Contribution>> complements, double precision) {
        Reason reason = reasonToSuppress(contributions);
        if (reason == null && complements.stream().anyMatch(c -> !c.isEmpty() && reasonToSuppress(c) != null)) {
            reason = Reason.COMPLEMENT_TOO_SMALL;
        }
        if (reason != null) {
            return Cell.suppressed(key, reason);
        }
        double[] values = contributions.stream().mapToDouble(Contribution::value).sorted().toArray();
        boolean quartiles = values.length >= MIN_CONTRIBUTIONS_FOR_QUARTILES;
        return new Cell(key, round(quantile(values, 0.5), precision),
                quartiles ? round(quantile(values, 0.25), precision) : null,
                quartiles ? round(quantile(values, 0.75), precision) : null,
                roundedCount(values.length), roundedCount(tenants(contributions)), null);
    }

    /** Why these contributions may not be shown, or null when they may. */
    public static Reason reasonToSuppress(Collection<Contribution> contributions) {
        Map<String, Integer> perTenant = new HashMap<>();
        contributions.forEach(c -> perTenant.merge(c.tenantRef(), 1, Integer::sum));
        if (perTenant.size() < MIN_TENANTS || contributions.size() < MIN_CONTRIBUTIONS_FOR_MEDIAN) {
            return Reason.FEWER_THAN_5_TENANTS;
        }
        List<Integer> counts = new ArrayList<>(perTenant.values());
        counts.sort(Comparator.reverseOrder());
        if ((counts.get(0) + counts.get(1)) * 100L > (long) MAX_TWO_TENANT_SHARE_PERCENT * contributions.size()) {
            return Reason.DOMINATED_BY_TWO_TENANTS;
        }
        return null;
    }

    /** A count as published: rounded down to a multiple of {@value #COUNT_BASE} ("at least"). */
    public static int roundedCount(int count) {
        return count / COUNT_BASE * COUNT_BASE;
    }

    /** Linear interpolation between closest ranks, as spreadsheets compute quartiles. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    /** To the nearest multiple of {@code precision} (0.1, 1, 5, 10 …), half up, without binary noise. */
    static double round(double value, double precision) {
        BigDecimal step = BigDecimal.valueOf(precision);
        return BigDecimal.valueOf(value).divide(step, 0, RoundingMode.HALF_UP).multiply(step).doubleValue();
    }

    private static int tenants(Collection<Contribution> contributions) {
        return (int) contributions.stream().map(Contribution::tenantRef).distinct().count();
    }
}
