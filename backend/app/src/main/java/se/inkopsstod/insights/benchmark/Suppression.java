package se.inkopsstod.insights.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The disclosure rule of shared insights: a figure is shown only when at least
 * {@value #MIN_TENANTS} distinct tenants contribute to it and no two of them together make up
 * more than {@value #MAX_TWO_TENANT_SHARE_PERCENT} % of its contributions. Otherwise one huvudman
 * could read another's figure out of it.
 */
public final class Suppression {

    public static final int MIN_TENANTS = 5;
    public static final int MAX_TWO_TENANT_SHARE_PERCENT = 85;

    public enum Reason { FEWER_THAN_5_TENANTS, DOMINATED_BY_TWO_TENANTS }

    private Suppression() {
    }

    /** One tenant's value for a cell. */
    public record Contribution(String tenantRef, double value) {
    }

    public static Cell cell(String key, Collection<Contribution> contributions) {
        Map<String, Integer> perTenant = new HashMap<>();
        contributions.forEach(c -> perTenant.merge(c.tenantRef(), 1, Integer::sum));
        int total = contributions.size();
        int tenants = perTenant.size();
        if (tenants < MIN_TENANTS) {
            return new Cell(key, null, null, null, total, tenants, Reason.FEWER_THAN_5_TENANTS);
        }
        List<Integer> counts = new ArrayList<>(perTenant.values());
        counts.sort(Comparator.reverseOrder());
        if ((counts.get(0) + counts.get(1)) * 100L > (long) MAX_TWO_TENANT_SHARE_PERCENT * total) {
            return new Cell(key, null, null, null, total, tenants, Reason.DOMINATED_BY_TWO_TENANTS);
        }
        double[] values = contributions.stream().mapToDouble(Contribution::value).sorted().toArray();
        return new Cell(key, round(quantile(values, 0.5)), round(quantile(values, 0.25)), round(quantile(values, 0.75)),
                total, tenants, null);
    }

    /** Linear interpolation between closest ranks, as spreadsheets compute quartiles. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
